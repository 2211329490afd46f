package nl.onderwijsregio.atlas.ui.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.model.AbcsEntry;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;
import nl.onderwijsregio.atlas.core.summary.FigureSource;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The ABC&amp;S letters and the publication's themes, each with our introduction and its cases.
 * Choosing one marks on the map the regions that have cases on it ({@link AtlasState#highlightedRegionIdsProperty()}).
 */
public final class ThemesViewModel {

    /** A letter or a theme, and which cases belong to it. */
    public record Entry(String id, boolean letter, String name, String introduction, int caseCount,
                        Predicate<CaseStory> covers) {
    }

    /** A case with the region it belongs to. */
    public record CaseItem(CaseStory story, String regionId, String regionName) {
    }

    private final AtlasState state;
    private final ObservableList<Entry> letters = FXCollections.observableArrayList();
    private final ObservableList<Entry> themes = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableList<CaseItem> cases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper highlightText = new ReadOnlyStringWrapper(this, "highlightText", "");
    private final ReadOnlyStringWrapper introductionNote = new ReadOnlyStringWrapper(this, "introductionNote", "");
    /**
     * Whether the themes are in view. The map marks a theme's regions only then: once the reader turns to a
     * region, the map shows that region, not a marking whose reason is out of sight.
     */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    /**
     * ABC&amp;S are the initials of the Dutch words (Aantrekken, Behouden, Continuïteit, Samenwerken): where the names
     * shown begin otherwise (English "Retain" for B), the letters look arbitrary unless the reader is told.
     */
    private final BooleanProperty lettersNamedOtherwise = new SimpleBooleanProperty(this, "lettersNamedOtherwise");
    private Atlas atlas;

    public ThemesViewModel(AtlasState state, SummaryModel summary) {
        this.state = state;
        summary.summaryProperty().addListener((obs, old, s) -> load(s));
        chosen.addListener((obs, old, e) -> apply(e));
        shown.addListener((obs, was, is) -> apply(chosen.get()));
        state.sectorProperty().addListener((obs, old, sector) -> describeMarking());
        load(summary.summary());
    }

    private void load(AtlasSummary summary) {
        atlas = summary == null ? null : summary.atlas();
        String keep = chosen.get() == null ? null : chosen.get().id();
        List<Entry> l = new ArrayList<>();
        List<Entry> t = new ArrayList<>();
        if (atlas != null) {
            Locale locale = Messages.current().locale();
            for (AbcsLetter letter : AbcsLetter.values()) {
                String name = CaseTagNames.letter(atlas, letter);
                String intro = atlas.data().abcs(letter).map(AbcsEntry::introduction).map(text -> text.in(locale))
                        .orElse("");
                Predicate<CaseStory> covers = c -> c.abcs().contains(letter);
                l.add(new Entry(letter.name(), true, name, intro, count(covers), covers));
            }
            Set<String> themeIds = new LinkedHashSet<>();
            for (Theme theme : atlas.data().themes()) {
                themeIds.add(theme.id());
                Predicate<CaseStory> covers = c -> theme.id().equals(c.themeId());
                t.add(new Entry(theme.id(), false, theme.name().in(locale),
                        theme.introduction() == null ? "" : theme.introduction().in(locale), count(covers), covers));
            }
            // Cases may name a theme the data does not introduce (yet): list it rather than hide its cases.
            for (Region r : atlas.regions()) {
                for (CaseStory c : r.cases()) {
                    if (c.themeId() != null && themeIds.add(c.themeId())) {
                        Predicate<CaseStory> covers = x -> c.themeId().equals(x.themeId());
                        t.add(new Entry(c.themeId(), false, c.themeId(), "", count(covers), covers));
                    }
                }
            }
        }
        letters.setAll(l);
        lettersNamedOtherwise.set(l.stream().anyMatch(e -> !e.name().regionMatches(true, 0, e.id(), 0, 1)));
        themes.setAll(t);
        Entry again = keep == null ? null : entry(keep);
        if (again != chosen.get()) {
            chosen.set(again);
        }
    }

    private int count(Predicate<CaseStory> covers) {
        return (int) atlas.regions().stream().flatMap(r -> r.cases().stream()).filter(covers).count();
    }

    private void apply(Entry e) {
        introductionNote.set(e == null || atlas == null || e.introduction().isBlank() ? ""
                : Messages.t("themes.introduction.ownWords", FigureSource.title(atlas.data().source())));
        if (e == null || atlas == null) {
            cases.clear();
            highlightText.set("");
            state.highlightedRegionIdsProperty().set(Set.of());
            return;
        }
        List<CaseItem> items = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Region r : atlas.regions()) {
            for (CaseStory c : r.cases()) {
                if (e.covers().test(c)) {
                    items.add(new CaseItem(c, r.id(), r.displayName()));
                    regions.add(r.id());
                }
            }
        }
        cases.setAll(items);
        state.highlightedRegionIdsProperty().set(shown.get() ? Set.copyOf(regions) : Set.of());
        describeMarking();
    }

    /**
     * How many of the marked regions the shown sector's map has. A region of another sector, or a national
     * one, cannot be marked there: name it and where it is, so a count never promises more than is shown.
     */
    private void describeMarking() {
        Set<String> marked = state.highlightedRegionIdsProperty().get();
        if (chosen.get() == null || atlas == null || marked == null || !shown.get()) {
            return;
        }
        Sector sector = state.sectorProperty().get();
        List<Region> elsewhere = new ArrayList<>();
        for (Region r : atlas.regions()) {
            if (marked.contains(r.id()) && (!r.hasTerritory() || !r.serves(sector))) {
                elsewhere.add(r);
            }
        }
        highlightText.set(elsewhere.isEmpty() ? Messages.t("themes.highlighted", marked.size())
                : Messages.t("themes.highlightedPartly", marked.size() - elsewhere.size(), marked.size(),
                        sector.name(), RegionsElsewhere.named(elsewhere)));
    }

    /** The letter or theme with this id (a letter is "A", "B", "C" or "S"), or null. */
    public Entry entry(String id) {
        return java.util.stream.Stream.concat(letters.stream(), themes.stream())
                .filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Chooses a letter or theme by id; null or an unknown id clears the marking. The marked regions are
     * the answer then: a region chosen before would outshine them, and they lie anywhere in the country,
     * so the selection goes and the map shows the whole country.
     */
    public void choose(String id) {
        Entry e = id == null ? null : entry(id);
        chosen.set(e);
        if (e != null && shown.get()) {
            state.selectedRegionIdProperty().set(null);
            state.focus(FocusRequest.wholeCountry());
        }
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public void clear() {
        chosen.set(null);
    }

    /** Opens a case's region in the detail pane and shows it on the map, which the theme left on the country. */
    public void openRegion(String regionId) {
        state.selectRegion(regionId);
        state.focus(FocusRequest.region(regionId));
        state.keyboardToDetails();
    }

    /** The name of a theme by id, for case cards. */
    public String themeName(String themeId) {
        return CaseTagNames.theme(atlas, themeId);
    }

    public ObservableList<Entry> letters() {
        return letters;
    }

    /** Whether a letter's name as shown begins with another letter, as most do in English. */
    public BooleanProperty lettersNamedOtherwiseProperty() {
        return lettersNamedOtherwise;
    }

    public ObservableList<Entry> themes() {
        return themes;
    }

    public ObjectProperty<Entry> chosenProperty() {
        return chosen;
    }

    public ObservableList<CaseItem> cases() {
        return cases;
    }

    public ReadOnlyStringProperty highlightTextProperty() {
        return highlightText.getReadOnlyProperty();
    }

    /**
     * Under the chosen introduction: that it is ours, written after the publication it names, so it is not quoted as
     * the publication's; "" without an introduction.
     */
    public ReadOnlyStringProperty introductionNoteProperty() {
        return introductionNote.getReadOnlyProperty();
    }
}
