package nl.onderwijsregio.atlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapScene;
import org.junit.jupiter.api.Test;

/** The file name a map export offers: the selected region's, so maps saved in a row do not overwrite each other. */
class SuggestedFileNameTest {

    @Test
    void withZwolleSelectedTheFileIsNamedAfterIt() {
        MapScene vo = MapScene.of(null, Sector.VO).withSelected("zwolle-en-omgeving");
        assertEquals("zwolle-en-omgeving-vo.png", ExportFeature.suggestedFileName(vo, "png"));
    }

    @Test
    void withNothingSelectedTheFileIsNamedAfterTheSector() {
        assertEquals("onderwijsregios-po.svg", ExportFeature.suggestedFileName(MapScene.of(null, Sector.PO), "svg"));
    }
}
