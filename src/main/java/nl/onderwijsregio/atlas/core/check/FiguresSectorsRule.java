package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import java.util.OptionalLong;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;

/**
 * Rule 6: key figures that contradict the sectors a region serves. School boards or institutions of a
 * sector the region does not serve, or a sector served while the card prints zero boards for it.
 * An absent figure says nothing (absent is not zero), so it never contradicts.
 */
public final class FiguresSectorsRule implements Rule {

    public static final String ID = "figures-sectors";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        for (Region region : context.atlas().regions()) {
            for (KeyFigure figure : KeyFigure.values()) {
                Sector sector = figure.impliedSector();
                OptionalLong value = region.keyFigures().get(figure);
                if (sector == null || value.isEmpty()) {
                    continue;
                }
                if (value.getAsLong() > 0 && !region.serves(sector)) {
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), null,
                            "check.figures-sectors.unserved", CheckContext.name(region), value.getAsLong(),
                            figureKey(figure), sector.name()));
                } else if (value.getAsLong() == 0 && region.serves(sector)) {
                    findings.add(Finding.of(Severity.WARNING, ID, region.id(), null,
                            "check.figures-sectors.zero", CheckContext.name(region), sector.name(),
                            figureKey(figure)));
                }
            }
        }
    }

    /** The figure's name as printed on the card, translated with the message. */
    static TextKey figureKey(KeyFigure figure) {
        return new TextKey("check.figure." + figure.jsonKey());
    }
}
