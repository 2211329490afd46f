package nl.onderwijsregio.atlas.ui.editor;

import static nl.onderwijsregio.atlas.core.edit.EditFixture.DEVENTER;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.HENGELO;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.OLST_WIJHE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.RAALTE;
import static nl.onderwijsregio.atlas.core.edit.EditFixture.ZWOLLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.onderwijsregio.atlas.core.edit.EditFixture;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.geo.MunicipalityGraph;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The paste dialog's "add a province" writes a line in the user's language, which the resolver must read. */
class PasteProvinceLineTest {

    private final Atlas atlas = EditFixture.atlas();
    private final PasteListResolver resolver = new PasteListResolver(atlas.municipalities().values(),
            MunicipalityGraph.of(atlas.municipalities().values()));

    private static String provinceLine(java.util.Locale language) {
        return new Messages(language).text("editor.paste.provinceLine", "Overijssel");
    }

    private void assertAddsAllOfOverijssel(String line) {
        PasteListResolver.LineMatch m = resolver.resolveOne(line, Set.of());
        assertEquals(PasteListResolver.Status.PROVINCE, m.status(), line);
        assertEquals(Set.of(ZWOLLE, RAALTE, OLST_WIJHE, DEVENTER, HENGELO), Set.copyOf(m.codes()), line);
    }

    @Test
    void theDutchLineAddsAllOfOverijssel() {
        assertEquals("provincie Overijssel", provinceLine(Messages.DUTCH));
        assertAddsAllOfOverijssel(provinceLine(Messages.DUTCH));
    }

    @Test
    void theEnglishLineIsEnglishAndAddsAllOfOverijsselToo() {
        assertEquals("province Overijssel", provinceLine(Messages.ENGLISH));
        assertAddsAllOfOverijssel(provinceLine(Messages.ENGLISH));
    }
}
