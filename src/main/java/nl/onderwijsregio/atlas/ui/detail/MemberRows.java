package nl.onderwijsregio.atlas.ui.detail;

import java.util.List;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.DataNote;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;
import nl.onderwijsregio.atlas.core.summary.MemberFact;
import nl.onderwijsregio.atlas.core.summary.RegionFacts;
import nl.onderwijsregio.atlas.ui.detail.DetailViewModel.MemberItem;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The verzorgingsgebied's words: a member's row, with its overlap chip, the checks' doubts about it and what a screen
 * reader hears, and the count line and the list's note above.
 */
final class MemberRows {

    private MemberRows() {
    }

    /**
     * The members with overlap in any of the region's sectors, the table's number, with the count per
     * sector when there are several: the chips follow one sector, so this is where both numbers meet.
     * A region of one sector says which, rather than "in any of the region's sectors" of its only one. The
     * {@code shown} sector's count is said to be the one the list marks, so the list's chips can be checked against it.
     */
    static String overlapLine(RegionFacts facts, Sector shown) {
        int total = facts.overlappingMemberCount();
        if (total == 0) {
            return "";
        }
        List<Sector> sectors = facts.region().sectorsInOrder();
        if (sectors.size() == 1) {
            return "\n" + Messages.t("detail.members.overlapping.oneSector", total, sectors.get(0).name());
        }
        if (sectors.isEmpty()) {
            return "\n" + Messages.t("detail.members.overlapping", total);
        }
        String perSector = sectors.stream()
                .map(s -> Messages.t(s == shown ? "detail.members.overlapping.shownSector"
                        : "detail.members.overlapping.sector", s.name(), facts.overlappingMemberCount(s)))
                .collect(java.util.stream.Collectors.joining(" · "));
        return "\n" + Messages.t("detail.members.overlapping.perSector", total, perSector);
    }

    /**
     * A member row. The overlap chip counts the other regions of the sector the map shows (when this
     * region serves it), so the pane and the map's stripes agree, and names that sector; the tooltip lists
     * every sector. Without the shown sector it counts all the region's sectors, as the table does.
     */
    static MemberItem item(MemberFact m, boolean shared, RegionFacts facts, Sector shown, List<String> doubts) {
        boolean perSector = shown != null && facts.region().serves(shown);
        int count = perSector ? m.othersBySector().getOrDefault(shown, List.of()).size() : m.overlapCount();
        String overlapText = perSector ? Messages.t("detail.member.overlapSector", shown.name(), count)
                : Messages.t("detail.member.overlap", count);
        String published = m.publishedDiffers() ? Messages.t("detail.member.published", m.publishedName()) : "";
        String correction = DataNote.of(m.correction(), Messages.current().locale(), Messages::t);
        String line = published.isEmpty() || correction == null ? published
                : Messages.t("detail.member.publishedWhy", published, correction);
        String detail = m.othersBySector().entrySet().stream()
                .map(e -> Messages.t("detail.member.overlapIn", e.getKey().name(), String.join(", ", e.getValue())))
                .collect(java.util.stream.Collectors.joining("\n"));
        // A screen reader hears what the row shows: the printed name with its correction, or (when the
        // group's note above tells the correction once) the printed name alone.
        String accessible = Messages.t("detail.member.accessible", m.name(), m.province(), overlapText);
        if (!published.isEmpty()) {
            accessible = Messages.t("detail.member.accessibleMore", accessible, shared ? published : line);
        }
        if (!detail.isEmpty()) {
            accessible = Messages.t("detail.member.accessibleMore", accessible, detail.replace("\n", "; "));
        }
        String doubt = doubts.stream().map(d -> Messages.t("detail.member.doubt", d))
                .collect(java.util.stream.Collectors.joining("\n"));
        if (!doubt.isEmpty()) {
            accessible = Messages.t("detail.member.accessibleMore", accessible, doubt.replace("\n", "; "));
        }
        return new MemberItem(m.code(), m.name(), m.province(), count, count == 0 ? "" : overlapText, detail,
                shared ? "" : line, correction, doubt, accessible);
    }

    /**
     * What stands beside the count: how many names the source printed when it printed one twice, so that 19 shown
     * against 20 on the card is explained where the 19 is, and the doubts about a printed name no row stands for.
     */
    static String listNote(RegionFacts facts, FigureCaveats caveats) {
        List<String> lines = new java.util.ArrayList<>();
        java.util.Map<String, Integer> twice = facts.listedMoreThanOnce();
        if (!twice.isEmpty()) {
            lines.add(Messages.t("detail.members.listed", facts.region().members().size(), twice.entrySet().stream()
                    .map(e -> Messages.t("detail.members.listedTimes", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        lines.addAll(caveats.unresolvedLines(Messages::t));
        return String.join("\n", lines);
    }
}
