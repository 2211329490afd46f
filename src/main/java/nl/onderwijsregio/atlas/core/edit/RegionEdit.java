package nl.onderwijsregio.atlas.core.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * An edit of one existing region. When the editor gives a reason, the region gets a {@link Correction}
 * naming the field, what the publication printed, the value now, and that reason, so the deviation from the
 * published data stays traceable in the data file itself.
 *
 * <p>{@code published} means what the publication printed, as in the bundled data, never merely the value
 * before this step. An earlier correction of the same field already knows that value and passes it on; otherwise
 * the region as it stands is taken as printed, and a region made in the editor, which the publication never had,
 * has none.
 *
 * <p>A single published value (a key figure, the sectors, the scope, voorloper) of a region from the publication
 * keeps exactly one correction while it deviates, also when no reason was given ({@link #NO_REASON}): a step
 * without one would otherwise leave the next correction taking its value for the printed one. After 5 → 1000 → 7
 * the region holds one correction, printed 5, now 7; back at 5 it holds none.
 *
 * <p>A published list (the members, the cases) does the same, compared as a set, so a member removed and added
 * again is no deviation. Its one correction gathers the reasons of the steps that made the list what it is: each
 * step changed a part of it, and no reason may be lost to a later one.
 */
final class RegionEdit extends OneRegionEdit {

    /** The reason a kept deviation records when the editor gave none; reasons in the data are Dutch. */
    static final String NO_REASON = "Gewijzigd in de atlas zonder opgegeven reden";

    /** Between the gathered reasons of a list's correction. */
    private static final String REASONS_JOINED = "; ";

    private final String field;
    private final UnaryOperator<Region> change;
    private final Function<Region, String> valueText;
    private final Function<Region, String> asPublished;
    private final Predicate<String> ourForm;
    private Deviation deviation = Deviation.ONLY_WITH_REASON;
    private Description outcome;

    /** When the edit records a correction. */
    enum Deviation {
        /** Only a step with a reason records one, and each such step its own. */
        ONLY_WITH_REASON,
        /** One correction while a single published value differs from the printed one. */
        ONE_VALUE,
        /** One correction while a published list holds other items than the printed one. */
        LIST
    }

    RegionEdit(String regionId, Description description, String reason, String field,
               UnaryOperator<Region> change, Function<Region, String> valueText) {
        this(regionId, description, reason, field, change, valueText,
                r -> isFromThePublication(r) ? valueText.apply(r) : null, published -> true);
    }

    /** An edit of one single published value, whose deviation from the publication is always kept. */
    static RegionEdit ofPublishedValue(String regionId, Description description, String reason, String field,
                                       UnaryOperator<Region> change, Function<Region, String> valueText) {
        return new RegionEdit(regionId, description, reason, field, change, valueText).keeping(Deviation.ONE_VALUE);
    }

    /** This edit, telling {@code outcome} once done (see {@link Edit#outcome()}). */
    RegionEdit telling(Description outcome) {
        this.outcome = outcome;
        return this;
    }

    @Override
    public Description outcome() {
        return outcome == null ? description() : outcome;
    }

    /** This edit, recording its deviation from the publication as {@code deviation} says. */
    RegionEdit keeping(Deviation deviation) {
        this.deviation = deviation;
        return this;
    }

    /**
     * @param asPublished what the publication printed for this field of the region before the step, when no
     *                    earlier correction says so
     * @param ourForm     whether an earlier correction's {@code published} is a value in the form this edit
     *                    writes, and so may be passed on: the publication's own member corrections name one
     *                    printed municipality, not the member list
     */
    RegionEdit(String regionId, Description description, String reason, String field,
               UnaryOperator<Region> change, Function<Region, String> valueText,
               Function<Region, String> asPublished, Predicate<String> ourForm) {
        super(description, regionId, reason);
        this.field = field;
        this.change = change;
        this.valueText = valueText;
        this.asPublished = asPublished;
        this.ourForm = ourForm;
    }

    /** A region made in the editor has no published name: the publication never had it. */
    static boolean isFromThePublication(Region region) {
        return region.publishedName() != null;
    }

    @Override
    public Atlas apply(Atlas atlas) {
        Region before = atlas.region(regionId())
                .orElseThrow(() -> new EditException(EditProblem.NO_SUCH_REGION, regionId()));
        Region after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            EditException refused = new EditException(EditProblem.INVALID_VALUE);
            refused.initCause(e);
            throw refused;
        }
        if (after.equals(before)) {
            return atlas;
        }
        String published = published(before);
        if (deviation != Deviation.ONLY_WITH_REASON && published != null) {
            after = withDeviation(before, after, published);
        } else if (reason() != null) {
            List<Correction> corrections = new ArrayList<>(after.corrections());
            corrections.add(new Correction(field, published, valueText.apply(after), reason()));
            after = after.withCorrections(corrections);
        }
        return atlas.withRegion(after);
    }

    /** {@code after} with one correction of the field while its value differs from the printed one, else none. */
    private Region withDeviation(Region before, Region after, String published) {
        String now = valueText.apply(after);
        if (now.equals(valueText.apply(before))) {
            return after;
        }
        List<Correction> corrections = new ArrayList<>(after.corrections());
        Correction kept = corrections.stream().filter(this::isOfThisField).reduce((a, b) -> b).orElse(null);
        corrections.removeIf(this::isOfThisField);
        if (!sameValue(now, published)) {
            String reason = reason() != null ? reason() : NO_REASON;
            if (deviation == Deviation.LIST && kept != null) {
                reason = gathered(kept.reason(), reason);
            }
            corrections.add(new Correction(field, published, now, reason));
        }
        return after.withCorrections(corrections);
    }

    private boolean sameValue(String now, String published) {
        return deviation == Deviation.LIST ? items(now).equals(items(published)) : now.equals(published);
    }

    /** The items of a list's text ("GM0193,GM0177"), as a set: a published list is compared as one. */
    static Set<String> items(String list) {
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
    }

    /**
     * The earlier reasons and this step's, each once, in the order they were given; {@code reason} may be gathered
     * itself, as two records of one list are when a colleague's changes are merged in.
     */
    static String gathered(String earlier, String reason) {
        Set<String> reasons = new LinkedHashSet<>();
        if (earlier != null && !earlier.isBlank()) {
            reasons.addAll(List.of(earlier.split(REASONS_JOINED)));
        }
        reasons.addAll(List.of(reason.split(REASONS_JOINED)));
        return String.join(REASONS_JOINED, reasons);
    }

    private boolean isOfThisField(Correction c) {
        return c.field().equals(field) && (c.published() == null || ourForm.test(c.published()));
    }

    private String published(Region before) {
        List<Correction> earlier = before.corrections();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Correction c = earlier.get(i);
            if (isOfThisField(c)) {
                return c.published();
            }
        }
        return asPublished.apply(before);
    }

    @Override
    public String toString() {
        return description().key() + description().args();
    }
}
