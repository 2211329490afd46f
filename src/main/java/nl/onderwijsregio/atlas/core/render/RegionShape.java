package nl.onderwijsregio.atlas.core.render;

import java.util.Set;
import nl.onderwijsregio.atlas.core.geo.ProjectedShape;
import nl.onderwijsregio.atlas.core.geo.RegionOutline.LabelAnchor;
import org.locationtech.jts.geom.Geometry;

/**
 * One region's territory ready to draw: the dissolved outline (WGS84 and projected) of exactly
 * {@code members}, and where its label goes. It depends only on the member set, so an edit that
 * leaves a region's members alone reuses it.
 */
public record RegionShape(Set<String> members, Geometry outlineWgs84, ProjectedShape outline, LabelAnchor anchor) {
}
