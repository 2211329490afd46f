package nl.onderwijsregio.atlas.core.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.OptionalLong;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Rule 6: key figures that contradict the sectors a region serves. School boards or institutions of a
 * sector the region does not serve, or a sector served while the card prints zero boards for it.
 * An absent figure says nothing (absent is not zero), so it never contradicts.
 *
 * <p>Also the sector label of the published name ("Brabant-Oost (vo/mbo)") against the sectors chosen:
 * a warning, or information when a correction of field {@code sectors} records why they differ.
 * Unknown words in the label ("po/go") are ignored.
 */
public final class FiguresSectorsRule implements Rule {

    public static final String ID = "figures-sectors";

    /** The correction field that records a deliberate choice of sectors. */
    public static final String SECTORS_FIELD = "sectors";

    private static final String UNSERVED = "check.figures-sectors.unserved";
    private static final String ZERO = "check.figures-sectors.zero";

    private static final Pattern LABEL = Pattern.compile("\\(([^)]*)\\)\\s*$");

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            checkNameLabel(region, findings);
            for (KeyFigure figure : KeyFigure.values()) {
                Sector sector = figure.impliedSector();
                OptionalLong value = region.keyFigures().get(figure);
                if (sector == null || value.isEmpty()) {
                    continue;
                }
                if (value.getAsLong() > 0 && !region.serves(sector)) {
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), null,
                            UNSERVED, CheckContext.name(region), value.getAsLong(),
                            figureKey(figure), sector.name()));
                } else if (value.getAsLong() == 0 && region.serves(sector)) {
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), null,
                            ZERO, CheckContext.name(region), sector.name(),
                            figureKey(figure)));
                }
            }
        }
    }

    /**
     * Whether {@code finding} doubts the key figures themselves: boards counted for a sector not served, or
     * none for one served. The name's label against the sectors is a question of the name, not of the figures.
     */
    public static boolean questionsFigures(Finding finding) {
        return ID.equals(finding.ruleId())
                && (UNSERVED.equals(finding.messageKey()) || ZERO.equals(finding.messageKey()));
    }

    private static void checkNameLabel(Region region, List<Finding> findings) {
        Set<Sector> label = nameLabel(region.publishedName());
        if (label.isEmpty() || label.equals(region.sectors())) {
            return;
        }
        boolean documented = region.corrections().stream().anyMatch(c -> SECTORS_FIELD.equalsIgnoreCase(c.field()));
        findings.add(Finding.of(documented ? Severity.INFO : Severity.WARNING, ID, region.id(), null,
                documented ? "check.figures-sectors.label-documented" : "check.figures-sectors.label",
                CheckContext.name(region), sectorList(label), sectorList(region.sectors())));
    }

    /** The sectors named in a trailing "(po)" or "(vo/mbo)" of {@code name}; empty without such a label. */
    static Set<Sector> nameLabel(String name) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (name == null) {
            return sectors;
        }
        Matcher m = LABEL.matcher(name);
        if (m.find()) {
            for (String word : m.group(1).split("[/,+ ]+")) {
                Sector.parse(word).ifPresent(sectors::add);
            }
        }
        return sectors;
    }

    private static String sectorList(Set<Sector> sectors) {
        return sectors.isEmpty() ? "-" : String.join("/", EnumSet.copyOf(sectors).stream().map(Enum::name).toList());
    }

    /** The figure's name as printed on the card, translated with the message. */
    static TextKey figureKey(KeyFigure figure) {
        return new TextKey("check.figure." + figure.jsonKey());
    }
}
