package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.Severity;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.core.summary.DataNote;
import nl.onderwijsregio.atlas.core.summary.FactsCopy;
import nl.onderwijsregio.atlas.core.summary.CorrectionText;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.core.summary.NumberText;
import nl.onderwijsregio.atlas.core.summary.RegionFacts;
import nl.onderwijsregio.atlas.core.summary.RegionLink;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.themes.CaseTagNames;

/**
 * What the detail pane shows about the selected region, as ready-made texts. Follows
 * {@link AtlasState#selectedRegionIdProperty()} and the current summary; the pane only binds.
 */
public final class DetailViewModel {

    /** A key figure as the pane shows it: absent figures say "unknown", never 0. */
    public record FigureItem(KeyFigure figure, String label, String value, boolean known, String source,
                             String accessibleText) {
    }

    /**
     * One municipality row of the verzorgingsgebied. {@code publishedText} is the line under the row (the
     * printed name and its correction), empty when there is none or when its group says it once; {@code doubt} the
     * checks' doubts about this member (Katwijk far from the rest of Rotterdam (vo/mbo)), empty for most.
     */
    public record MemberItem(String code, String name, String province, int overlapCount, String overlapText,
                             String overlapDetail, String publishedText, String correction, String doubt,
                             String accessibleText) {
    }

    /**
     * Rows under one note: the printed name and correction they share, or "" for the rows that carry
     * their own.
     */
    public record MemberGroup(String note, List<MemberItem> members) {

        public MemberGroup {
            members = List.copyOf(members);
        }
    }

    /** A validator finding about the region, in the current language. */
    public record FindingItem(Severity severity, String severityText, String text) {
    }

    /** A labour-market region the members lie in, with how much of it the region holds. */
    public record LabourMarketItem(String code, String name, String shareText, boolean whole) {

        public String accessibleText() {
            return Messages.t("detail.accessible.nameAndText", name, shareText);
        }
    }

    /** An overlapping or bordering region of a shared sector. */
    public record LinkItem(String regionId, String name, String relationText, boolean overlaps) {
    }

    private final AtlasState state;
    private final SummaryModel summaryModel;

    private final BooleanProperty empty = new SimpleBooleanProperty(this, "empty", true);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty publishedName = new SimpleStringProperty(this, "publishedName", "");
    private final BooleanProperty voorloper = new SimpleBooleanProperty(this, "voorloper");
    private final StringProperty voorloperTip = new SimpleStringProperty(this, "voorloperTip", "");
    private final BooleanProperty national = new SimpleBooleanProperty(this, "national");
    private final StringProperty figuresSource = new SimpleStringProperty(this, "figuresSource", "");
    private final StringProperty membersSummary = new SimpleStringProperty(this, "membersSummary", "");
    private final StringProperty membersEmptyText = new SimpleStringProperty(this, "membersEmptyText", "");
    private final StringProperty membersNote = new SimpleStringProperty(this, "membersNote", "");
    private final StringProperty nationalTip = new SimpleStringProperty(this, "nationalTip", "");
    private final ObservableList<Sector> sectors = FXCollections.observableArrayList();
    private final ObservableList<FigureItem> figures = FXCollections.observableArrayList();
    private final ObservableList<MemberItem> members = FXCollections.observableArrayList();
    private final ObservableList<MemberGroup> memberGroups = FXCollections.observableArrayList();
    private final ObservableList<CaseStory> cases = FXCollections.observableArrayList();
    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    private final ObservableList<LabourMarketItem> labourMarkets = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    private final ObservableList<String> corrections = FXCollections.observableArrayList();
    private final StringProperty findingsTitle = new SimpleStringProperty(this, "findingsTitle", "");
    private final ObservableList<String> figureCaveats = FXCollections.observableArrayList();
    private final StringProperty sectorsNote = new SimpleStringProperty(this, "sectorsNote", "");
    private final ReadOnlyObjectWrapper<SectorOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final RegionHistory history;
    private final LocatorInputs locator;
    private RegionFacts facts;
    private FigureCaveats caveats = FigureCaveats.NONE;
    /** The status line's note of the last copy, while it may still stand there. */
    private String copiedNote;

    public DetailViewModel(AtlasState state, SummaryModel summaryModel) {
        this.state = state;
        this.summaryModel = summaryModel;
        state.selectedRegionIdProperty().addListener((obs, old, id) -> {
            forgetCopiedNote();
            refresh();
        });
        summaryModel.summaryProperty().addListener((obs, old, s) -> refresh());
        summaryModel.findingsProperty().addListener((obs, old, f) -> refreshFindings());
        state.sectorProperty().addListener((obs, old, sector) -> {
            if (facts != null) {
                refreshMembers();
            }
            refreshOverview();
        });
        state.atlasProperty().addListener((obs, old, atlas) -> refreshOverview());
        refresh();
        refreshOverview();
        history = new RegionHistory(state, region);
        locator = new LocatorInputs(state);
    }

    private void refreshOverview() {
        Sector sector = state.sectorProperty().get();
        overview.set(state.atlas() == null || sector == null ? null : SectorOverview.of(state.atlas(), sector));
    }

    private void refresh() {
        AtlasSummary summary = summaryModel.summary();
        String id = state.selectedRegionIdProperty().get();
        Optional<RegionFacts> found = summary == null || id == null ? Optional.empty() : summary.facts(id);
        facts = found.orElse(null);
        if (facts == null) {
            clear();
            return;
        }
        Region r = facts.region();
        Locale locale = Messages.current().locale();
        region.set(r);
        title.set(r.displayName());
        publishedName.set(r.publishedName() != null && !r.publishedName().equals(r.displayName())
                ? Messages.t("detail.publishedAs", r.publishedName()) : "");
        voorloper.set(r.voorloper());
        voorloperTip.set(r.voorloperNote() == null || r.voorloperNote().isBlank()
                ? Messages.t("detail.badge.voorloper.tip") : DataNote.of(r.voorloperNote(), locale, Messages::t));
        // Without territory by the atlas's choice (the source printed no municipalities): the choice is said where
        // the reader meets it, not only folded away under the data choices.
        Optional<String> scopeChoice = r.corrections().stream()
                .filter(c -> "territory".equals(c.field()) || "scope".equals(c.field())).map(Correction::reason)
                .filter(reason -> reason != null && !reason.isBlank()).findFirst()
                .map(reason -> DataNote.of(reason, locale, Messages::t));
        nationalTip.set(Messages.t("detail.badge.national.tip")
                + scopeChoice.map(reason -> "\n" + Messages.t("detail.national.choice", reason)).orElse(""));
        national.set(r.scope() == Scope.NATIONAL);
        sectors.setAll(r.sectorsInOrder());
        figures.setAll(FigureItems.of(r, summary, locale));
        figuresSource.set(FigureItems.source(r, summary));
        labourMarkets.setAll(facts.labourMarkets().stream().map(s -> new LabourMarketItem(s.labourMarket().code(),
                s.labourMarket().name(), s.describe(Messages::t), s.whole())).toList());
        membersEmptyText.set(!facts.members().isEmpty() ? ""
                : Messages.t(national.get() ? "detail.members.national" : "detail.members.none")
                + scopeChoice.map(reason -> " " + Messages.t("detail.national.choice", reason)).orElse(""));
        cases.setAll(r.cases());
        corrections.setAll(r.corrections().stream().filter(c -> !"members".equals(c.field()))
                .map(new CorrectionText(locale, Messages::t)::of).toList());
        links.setAll(facts.links().stream().map(l -> new LinkItem(l.regionId(), l.name(),
                Messages.t("detail.link.relation", l.sectors().stream().map(Sector::name)
                        .collect(java.util.stream.Collectors.joining("/")),
                        l.relation() == RegionLink.Relation.OVERLAPS ? Messages.t("detail.link.overlaps", l.shared())
                                : Messages.t("detail.link.borders")),
                l.relation() == RegionLink.Relation.OVERLAPS)).toList());
        refreshFindings();
        empty.set(false);
    }

    /**
     * The pane draws the groups; the flat list serves whoever looks for one municipality's row. The checks' doubts
     * about a member stand on its row, so they follow the findings.
     */
    private void refreshMembers() {
        Sector shown = state.sectorProperty().get();
        List<MemberGroup> groups = MemberGroups.of(facts.members(),
                (m, shared) -> MemberRows.item(m, shared, facts, shown,
                        m.code() == null ? List.of() : caveats.aboutMember(m.code())));
        // Refreshed after an edit and again when the checks report on it: rows rebuilt for nothing lose hover and focus.
        if (!groups.equals(memberGroups)) {
            memberGroups.setAll(groups);
            members.setAll(MemberGroups.rows(groups));
        }
        membersSummary.set(facts.members().isEmpty() ? ""
                : Messages.t("detail.members.summary", facts.members().size(),
                NumberText.area(facts.areaKm2(), Messages.current().locale())) + MemberRows.overlapLine(facts, shown));
        membersNote.set(MemberRows.listNote(facts, caveats));
    }

    private void refreshFindings() {
        Locale locale = Messages.current().locale();
        String id = facts == null ? null : facts.region().id();
        List<FindingItem> items = new ArrayList<>();
        for (Finding f : summaryModel.findingsProperty().get()) {
            if (f.concernsRegion(id)) {
                items.add(new FindingItem(f.severity(), Messages.t("detail.finding." + f.severity().name()),
                        f.message(locale)));
            }
        }
        findings.setAll(items);
        findingsTitle.set(Messages.t("detail.findings.title", items.size()));
        caveats = facts == null ? FigureCaveats.NONE
                : FigureCaveats.of(facts.region(), summaryModel.findingsProperty().get(), locale, Messages::t);
        figureCaveats.setAll(caveats.figureLines(Messages::t));
        sectorsNote.set(caveats.sectors().orElse(""));
        if (facts != null) {
            refreshMembers();
        }
    }

    private void clear() {
        empty.set(true);
        region.set(null);
        title.set("");
        publishedName.set("");
        voorloper.set(false);
        national.set(false);
        sectors.clear();
        figures.clear();
        memberGroups.clear();
        members.clear();
        cases.clear();
        links.clear();
        labourMarkets.clear();
        findings.clear();
        caveats = FigureCaveats.NONE;
        figureCaveats.clear();
        sectorsNote.set("");
        corrections.clear();
        membersSummary.set("");
        membersEmptyText.set("");
        membersNote.set("");
    }

    /** Highlights the municipality on the map while the pointer is over its row; null ends it. */
    public void hover(String municipalityCode) {
        state.hoveredMunicipalityCodeProperty().set(municipalityCode);
    }

    /** Flies the map to the municipality. */
    public void focusMunicipality(String municipalityCode) {
        if (municipalityCode != null) {
            state.focus(FocusRequest.municipality(municipalityCode));
        }
    }

    /** Flies the map to the region shown, e.g. after the map was panned away from it. */
    public void focusRegion() {
        if (region.get() != null) {
            state.focus(FocusRequest.region(region.get().id()));
        }
    }

    /** Selects another region, e.g. a neighbour, whose details the keyboard then reads on from its title. */
    public void select(String regionId) {
        state.selectRegion(regionId);
        state.keyboardToDetails();
    }

    /** The facts as readable text, or null when nothing is selected. */
    public String copyAsText() {
        if (facts == null) {
            return null;
        }
        return FactsCopy.text(facts, caveats, summaryModel.summary().atlas().data().source(), Messages.current().locale(),
                Messages::t);
    }

    /** The facts as CSV, or null when nothing is selected. */
    public String copyAsCsv() {
        if (facts == null) {
            return null;
        }
        RegionRow row = summaryModel.summary().rows().stream()
                .filter(x -> x.id().equals(facts.region().id())).findFirst().orElseThrow();
        return FactsCopy.csv(facts, row, caveats, summaryModel.summary().atlas().data().source(), Messages.current().locale(),
                Messages::t);
    }

    /** Tells the status bar what was copied. */
    public void reportCopied() {
        if (facts != null) {
            copiedNote = Messages.t("detail.copied", facts.region().displayName());
            state.statusProperty().set(copiedNote);
        }
    }

    /** "Zwolle's facts copied" would stand under another region as if about it: it goes with its region. */
    private void forgetCopiedNote() {
        if (copiedNote != null && copiedNote.equals(state.statusProperty().get())) {
            state.statusProperty().set("");
        }
        copiedNote = null;
    }

    /** The theme's name in the current language, or the id when the data does not know it. */
    public String themeName(String themeId) {
        AtlasSummary s = summaryModel.summary();
        return CaseTagNames.theme(s == null ? null : s.atlas(), themeId);
    }

    /** The labour-market regions of the members, most members first; empty without such a division. */
    public ObservableList<LabourMarketItem> labourMarkets() {
        return labourMarkets;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty publishedNameProperty() {
        return publishedName;
    }

    public BooleanProperty voorloperProperty() {
        return voorloper;
    }

    public StringProperty voorloperTipProperty() {
        return voorloperTip;
    }

    public BooleanProperty nationalProperty() {
        return national;
    }

    /**
     * The figures' source in one line, for everyone to read under the tiles; a tile's own source (with
     * its correction) is in {@link FigureItem#source()}.
     */
    public StringProperty figuresSourceProperty() {
        return figuresSource;
    }

    public StringProperty membersSummaryProperty() {
        return membersSummary;
    }

    /**
     * What the checks doubt about the list as a whole, beside its count: names the source printed twice ("De bron
     * noemt 20 namen: Vlieland 2×."), a printed name no row stands for; "" for most regions.
     */
    public StringProperty membersNoteProperty() {
        return membersNote;
    }

    /** What the national badge says, with the choice that made the region national when one is recorded. */
    public StringProperty nationalTipProperty() {
        return nationalTip;
    }

    public StringProperty membersEmptyTextProperty() {
        return membersEmptyText;
    }

    public ObservableList<Sector> sectors() {
        return sectors;
    }

    public ObservableList<FigureItem> figures() {
        return figures;
    }

    /** Every member row, in the order shown. */
    public ObservableList<MemberItem> members() {
        return members;
    }

    /** The member rows under their notes: rows with their own note first, then one group per shared correction. */
    public ObservableList<MemberGroup> memberGroups() {
        return memberGroups;
    }

    public ObservableList<CaseStory> cases() {
        return cases;
    }

    public ObservableList<LinkItem> links() {
        return links;
    }

    /** Choices recorded on the region itself (sectors, scope, territory, ...), as sentences. */
    public ObservableList<String> corrections() {
        return corrections;
    }

    public ObservableList<FindingItem> findings() {
        return findings;
    }

    /**
     * The validator's doubts about the key figures, one line each, shown right under them while the findings
     * themselves stay folded; empty for a region whose figures raise none.
     */
    public ObservableList<String> figureCaveats() {
        return figureCaveats;
    }

    /** The recorded correction of the sectors with its reason, for beside the badges; "" when they are as printed. */
    public StringProperty sectorsNoteProperty() {
        return sectorsNote;
    }

    /** "Meldingen (2)": the collapsed section's title says how many there are. */
    public StringProperty findingsTitleProperty() {
        return findingsTitle;
    }

    /** The shown sector's map in a few facts, for before a region is chosen; null without an atlas. */
    public ReadOnlyObjectProperty<SectorOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** What editors changed on the region and saved, newest first, read from the change log off the FX thread. */
    public ObservableList<String> history() {
        return history.lines();
    }

    /** Reads the region's history again: a colleague's save adds to the log unseen. */
    public void reloadHistory() {
        history.reload();
    }

    /** The history itself, whose reading flag tells a test when the log has been read. */
    RegionHistory regionHistory() {
        return history;
    }

    /** What the locator map draws around the region: the map's shapes, hover, sector and appearance. */
    public LocatorInputs locator() {
        return locator;
    }
}
