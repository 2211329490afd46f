package nl.onderwijsregio.atlas.core.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.onderwijsregio.atlas.core.check.ContiguityRule;
import nl.onderwijsregio.atlas.core.check.DuplicateMemberRule;
import nl.onderwijsregio.atlas.core.check.FiguresSectorsRule;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.check.IdenticalFiguresRule;
import nl.onderwijsregio.atlas.core.check.NameTerritoryRule;
import nl.onderwijsregio.atlas.core.check.UnknownMemberRule;
import nl.onderwijsregio.atlas.core.model.Region;

/**
 * What has to travel with a region's key figures and its list of municipalities: the validator's doubts about the
 * figures (the same figures as another card, or figures at odds with the sectors), a recorded correction of the
 * sectors they are counted for, and the validator's doubts about the list (a municipality printed twice, one far
 * from the rest, one outside the province the name claims). Figures and list stay as published; the detail pane
 * shows these beside them and the copies carry them, so neither is passed on as if it were beyond doubt. Most
 * regions have none.
 *
 * @param figures the validator's doubts about the key figures, one finding's text each
 * @param sectors the line on the corrected sectors, empty when the sectors are as printed
 * @param members the validator's doubts about the list of municipalities, one finding each
 */
public record FigureCaveats(List<String> figures, Optional<String> sectors, List<MemberDoubt> members) {

    /** A region whose figures, sectors and municipalities raise no doubt, as most do. */
    public static final FigureCaveats NONE = new FigureCaveats(List.of(), Optional.empty(), List.of());

    /** The rules whose findings doubt a member of the list rather than the region as a whole. */
    private static final Set<String> MEMBER_RULES = Set.of(UnknownMemberRule.UNKNOWN, UnknownMemberRule.UNRESOLVED,
            DuplicateMemberRule.ID, ContiguityRule.ID, NameTerritoryRule.ID);

    /**
     * A doubt about one member, in the validator's words.
     *
     * @param code the member's CBS code; null for a printed name that was never resolved to one
     */
    public record MemberDoubt(String code, String text) {
    }

    public FigureCaveats {
        figures = List.copyOf(figures);
        members = List.copyOf(members);
    }

    /** The caveats on {@code region}, from all the validator's {@code findings}. */
    public static FigureCaveats of(Region region, List<Finding> findings, Locale locale, Labels labels) {
        Optional<String> sectors = region.corrections().stream()
                .filter(c -> FiguresSectorsRule.SECTORS_FIELD.equals(c.field())).findFirst()
                .map(new CorrectionText(locale, labels)::of);
        List<MemberDoubt> members = about(region, findings, FigureCaveats::questionsMembers).stream()
                .map(f -> new MemberDoubt(f.municipalityCode(), f.message(locale))).toList();
        return new FigureCaveats(doubts(region, findings, locale), sectors, members);
    }

    /**
     * The validator's doubts about the figures of each region that has some, by region id: for the table and its
     * chart, which mark those figures.
     */
    public static Map<String, List<String>> doubtsByRegion(List<Region> regions, List<Finding> findings,
                                                           Locale locale) {
        Map<String, List<String>> doubts = new LinkedHashMap<>();
        for (Region region : regions) {
            List<String> own = doubts(region, findings, locale);
            if (!own.isEmpty()) {
                doubts.put(region.id(), own);
            }
        }
        return doubts;
    }

    private static List<String> doubts(Region region, List<Finding> findings, Locale locale) {
        return about(region, findings, FigureCaveats::questionsFigures).stream().map(f -> f.message(locale)).toList();
    }

    /** The findings on {@code region} that doubt what {@code subject} admits: its figures, or its members. */
    private static List<Finding> about(Region region, List<Finding> findings, Predicate<Finding> subject) {
        return findings.stream().filter(f -> f.concernsRegion(region.id()) && subject.test(f)).toList();
    }

    private static boolean questionsFigures(Finding f) {
        return IdenticalFiguresRule.ID.equals(f.ruleId()) || FiguresSectorsRule.questionsFigures(f);
    }

    private static boolean questionsMembers(Finding f) {
        return MEMBER_RULES.contains(f.ruleId());
    }

    /** The doubts about the figures as lines to read on their own: "Kanttekening: …". */
    public List<String> figureLines(Labels labels) {
        return lines(figures, labels);
    }

    /** The doubts about the municipalities as lines to read on their own, as the figures' are. */
    public List<String> memberLines(Labels labels) {
        return lines(members.stream().map(MemberDoubt::text).toList(), labels);
    }

    /** The doubts about printed names never resolved to a code ({@link #aboutMember} with null), as lines to read. */
    public List<String> unresolvedLines(Labels labels) {
        return lines(aboutMember(null), labels);
    }

    private static List<String> lines(List<String> doubts, Labels labels) {
        return doubts.stream().map(d -> labels.get("detail.figures.caveat", d)).toList();
    }

    /**
     * The doubts about the member with {@code code}, for beside its row; empty for most. With null, the doubts about
     * printed names never resolved to a code, which no one row can claim.
     */
    public List<String> aboutMember(String code) {
        return members.stream().filter(d -> Objects.equals(d.code(), code)).map(MemberDoubt::text).toList();
    }

    /** Every caveat, the sectors' first, the municipalities' last, as a sheet's rows name them under their own heading. */
    public List<String> all() {
        List<String> lines = new ArrayList<>();
        sectors.ifPresent(lines::add);
        lines.addAll(figures);
        members.forEach(d -> lines.add(d.text()));
        return lines;
    }
}
