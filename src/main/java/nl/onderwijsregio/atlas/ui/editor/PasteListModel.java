package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver.LineMatch;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The paste dialog's view-model: one row per pasted line with its match, confidence and alternatives.
 * The editor may pick another alternative or leave a line out; nothing is applied until confirmed.
 */
public final class PasteListModel {

    /** One thing a line may be added as: a municipality, or all municipalities of a province. */
    public record Choice(List<String> codes, String label, double score) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One pasted line. */
    public static final class Row {
        private final LineMatch match;
        private final List<Choice> choices;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
        private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");
        private final BooleanBinding alreadyMember;
        private final StringBinding statusText;
        private final StringBinding alsoIn;

        Row(LineMatch match, List<Choice> choices, Set<String> members, Function<List<String>, String> overlaps) {
            this.match = match;
            this.choices = List.copyOf(choices);
            // A line that was not found only offers weak look-alikes: none is chosen until the editor picks one.
            choice.set(choices.isEmpty() || match.codes().isEmpty() ? null : choices.get(0));
            // A line naming a member adds nothing: shown as such, not ticked as if it would be added.
            alreadyMember = Bindings.createBooleanBinding(
                    () -> choice.get() != null && members.containsAll(choice.get().codes()), choice);
            accepted.set(match.acceptedByDefault() && !choices.isEmpty() && !alreadyMember.get());
            // Picking an alternative is a decision: the line is then meant to be added, unless it is a member.
            choice.addListener((obs, o, n) -> accepted.set(n != null && !alreadyMember.get()));
            statusText = Bindings.createStringBinding(() -> alreadyMember.get()
                    ? Messages.t("editor.paste.status.member")
                    : pickedByEditor() ? Messages.t("editor.paste.status.picked")
                    : match.notIn() != null ? Messages.t("editor.paste.status.notIn", match.notIn())
                    : match.alsoProvince() != null ? Messages.t("editor.paste.status.alsoProvince")
                    : Messages.t("editor.paste.status." + match.status().name()), alreadyMember, choice);
            // Only what the line would add can overlap: a member is in the region already.
            alsoIn = Bindings.createStringBinding(() -> choice.get() == null ? ""
                    : overlaps.apply(choice.get().codes().stream().filter(c -> !members.contains(c)).toList()), choice);
        }

        public LineMatch match() {
            return match;
        }

        /** Whether the editor picked another municipality than the one recognised, which its status then says. */
        private boolean pickedByEditor() {
            return choice.get() != null && !choice.get().codes().equals(match.codes());
        }

        public List<Choice> choices() {
            return choices;
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        /** True when the chosen municipality (or every one of a province) is in the region already. */
        public BooleanBinding alreadyMemberProperty() {
            return alreadyMember;
        }

        /** How the line was recognised, or that it names a member. */
        public StringBinding statusTextProperty() {
            return statusText;
        }

        /**
         * The other regions of the region's sectors the line's municipality already belongs to, as the map's hover
         * card names them; empty when adding it makes no overlap.
         */
        public StringBinding alsoInProperty() {
            return alsoIn;
        }

        /** Takes over the choice and tick the editor gave a row for the same line recognised before. */
        void keepDecisionOf(Row earlier) {
            Choice earlierChoice = earlier.choice.get();
            choices.stream().filter(c -> earlierChoice != null && c.codes().equals(earlierChoice.codes()))
                    .findFirst().ifPresent(choice::set);
            accepted.set(earlier.accepted.get() && choice.get() != null && !alreadyMember.get());
        }

        public String confidenceText() {
            return match.codes().isEmpty() ? "" : Math.round(match.confidence() * 100) + "%";
        }
    }

    private final Atlas atlas;
    /** Still being built when the dialog may already open: only {@link #compute}, off the FX thread, waits for it. */
    private final CompletableFuture<PasteListResolver> resolver;
    private final Region region;
    private final Set<String> members;
    /** Told of every pick and tick too, so what depends on them (the counts) follows at once. */
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.choiceProperty(), r.acceptedProperty()});

    /** @param region the region the list adds to, as it is in {@code atlas} */
    public PasteListModel(Atlas atlas, CompletableFuture<PasteListResolver> resolver, Region region) {
        this.atlas = atlas;
        this.resolver = Objects.requireNonNull(resolver);
        this.region = region;
        this.members = region.memberCodes();
    }

    /** The provinces a whole one may be added of, in alphabetical order. */
    public List<String> provinces() {
        return List.copyOf(new TreeSet<>(atlas.municipalities().values().stream()
                .map(Municipality::province).filter(p -> !p.isBlank()).toList()));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /**
     * The rows for {@code pasted}, not yet shown; meant for a background thread, as it waits for the resolver
     * should it still be being built.
     */
    public List<Row> compute(String pasted) {
        List<Row> result = new ArrayList<>();
        for (LineMatch m : resolver.join().resolve(pasted, members)) {
            result.add(new Row(m, choices(m), members, this::alsoIn));
        }
        return result;
    }

    /**
     * Shows rows recognised anew. A line that was there before keeps the municipality the editor picked and
     * whether it is ticked: recognising again (after adding a province, say) must not undo those decisions.
     * Repeated lines are paired in order.
     */
    public void show(List<Row> recognised) {
        Map<String, Deque<Row>> before = new HashMap<>();
        rows.forEach(r -> before.computeIfAbsent(r.match().text(), k -> new ArrayDeque<>()).add(r));
        for (Row r : recognised) {
            Deque<Row> same = before.get(r.match().text());
            if (same != null && !same.isEmpty()) {
                r.keepDecisionOf(same.poll());
            }
        }
        rows.setAll(recognised);
    }

    private List<Choice> choices(LineMatch m) {
        List<Choice> list = new ArrayList<>();
        if (m.status() == PasteListResolver.Status.PROVINCE) {
            String province = atlas.municipality(m.codes().get(0)).map(x -> x.province()).orElse("");
            list.add(province(province, m.codes(), m.confidence()));
            return list;
        }
        if (!m.codes().isEmpty()) {
            list.add(municipality(m.codes().get(0), m.confidence()));
        }
        if (m.alsoProvince() != null) {
            list.add(province(m.alsoProvince(), atlas.municipalities().values().stream()
                    .filter(x -> x.province().equals(m.alsoProvince())).map(Municipality::code).toList(), m.confidence()));
        }
        m.alternatives().forEach(c -> list.add(municipality(c.code(), c.score())));
        return list;
    }

    private static Choice province(String province, List<String> codes, double score) {
        return new Choice(codes, Messages.t("editor.paste.province", province, codes.size()), score);
    }

    private Choice municipality(String code, double score) {
        var mun = atlas.municipality(code).orElseThrow();
        return new Choice(List.of(code), Messages.t("editor.paste.municipality", mun.name(), mun.province(), code), score);
    }

    /** The codes of the accepted rows, in order, without repeats. */
    public List<String> acceptedCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.acceptedProperty().get() && r.choiceProperty().get() != null) {
                codes.addAll(r.choiceProperty().get().codes());
            }
        }
        return List.copyOf(codes);
    }

    /** The municipalities confirming adds: the accepted rows' codes that are not members yet. */
    public List<String> codesToAdd() {
        return acceptedCodes().stream().filter(c -> !members.contains(c)).toList();
    }

    /** How many of the municipalities confirming adds already belong to another region of the region's sectors. */
    public long overlapping() {
        return codesToAdd().stream().filter(c -> Overlaps.overlaps(atlas, c, region)).count();
    }

    /**
     * The other regions {@code codes} already belong to; for several (a province) with how many of them do, as the
     * regions alone would not say whether that is one of them or all.
     */
    private String alsoIn(List<String> codes) {
        Map<Region, List<Sector>> shared = Overlaps.of(atlas, codes, region);
        if (shared.isEmpty()) {
            return "";
        }
        if (codes.size() == 1) {
            return Overlaps.regions(shared);
        }
        long overlapping = codes.stream().filter(c -> Overlaps.overlaps(atlas, c, region)).count();
        return Messages.t("editor.paste.alsoIn.some", overlapping, codes.size(), Overlaps.regions(shared));
    }

    /** The members the list names (on rows shown as already a member), in order, without repeats. */
    public List<String> namedMembers() {
        Set<String> codes = new LinkedHashSet<>();
        rows.stream().filter(r -> r.alreadyMemberProperty().get())
                .forEach(r -> codes.addAll(r.choiceProperty().get().codes()));
        return List.copyOf(codes);
    }

    /**
     * Rows the editor still has to decide: no match taken yet, not a member already, and not a sure match the
     * editor unticked (leaving out a line is a decision too).
     */
    public long undecided() {
        return rows.stream().filter(r -> !r.acceptedProperty().get() && !r.alreadyMemberProperty().get()
                && !r.match().acceptedByDefault()).count();
    }
}
