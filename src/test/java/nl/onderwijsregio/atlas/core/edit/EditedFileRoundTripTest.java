package nl.onderwijsregio.atlas.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.atlas.core.data.RegionFileReader;
import nl.onderwijsregio.atlas.core.data.RegionFileWriter;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.Test;

/** Whatever the editor makes, the reader accepts again: a saved file never locks its editor out. */
class EditedFileRoundTripTest {

    @Test
    void everyKindOfEditSurvivesWritingAndReading() throws Exception {
        Atlas a = EditFixture.atlas();
        a = Edits.createRegion(a, "Twente", Set.of(Sector.MBO)).apply(a);
        a = Edits.addMembers(a, "twente", List.of(EditFixture.HENGELO), "Nieuw in 2026").apply(a);
        a = Edits.rename(a, "twente", "Regio Twente", "Naam volgens de regio zelf").apply(a);
        a = Edits.setScope(a, "noord-limburg", Scope.NATIONAL, null).apply(a);
        a = Edits.setVoorloper(a, "twente", true, null, null).apply(a);
        a = Edits.setKeyFigure(a, "twente", KeyFigure.MBO_INSTELLINGEN, 0L, null).apply(a);
        a = Edits.putCase(a, "twente", new CaseStory("twente-1", "Zij-instroom Twente", List.of(), null,
                "Een route voor zij-instromers.", null), null).apply(a);
        a = Edits.deleteRegion(a, "noord-holland-noord", "opgeheven").apply(a);

        byte[] bytes = new RegionFileWriter().toBytes(a.data());
        var back = new RegionFileReader().parse(Path.of("onderwijsregios.json"), bytes, a.municipalities().keySet());
        assertEquals(a.data(), back);
    }
}
