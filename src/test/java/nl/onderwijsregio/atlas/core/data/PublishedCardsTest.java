package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import org.junit.jupiter.api.Test;

/** The card reader behind the fidelity test, on cards written the way the scraped page prints them. */
class PublishedCardsTest {

    private static final String FIGURES = """
            144.052

            Aantal
            leerlingen/
            studenten

            76

            Aantal
            aangesloten
            schoolbesturen
            (po)

            0

            Aantal
            aangesloten
            schoolbesturen
            (vo)

            5

            Aantal
            aangesloten
            mbo-
            instellingen

            6

            Aangesloten
            opleiders
            """;

    private static List<PublishedCards.Card> parse(String text) {
        return PublishedCards.parse(List.of(text.split("\n", -1)));
    }

    @Test
    void readsNameFiguresAndTerritoryOfEachCard() {
        var cards = parse("""
                Onderwijsregio's

                Onderwijsregio Zwolle en omgeving

                """ + FIGURES + """

                Verzorgingsgebied

                - Zwolle
                - Hattem

                Thema: Bredere Arbeidsmarkt
                - not a member

                [TERUG NAAR PO KAART >](#)

                Progressus

                """ + FIGURES + """

                [TERUG NAAR PO KAART >](#)
                """);
        assertEquals(2, cards.size());
        assertEquals("Onderwijsregio Zwolle en omgeving", cards.get(0).name());
        assertEquals(Map.of(KeyFigure.LEERLINGEN_STUDENTEN, 144052L, KeyFigure.BESTUREN_PO, 76L,
                KeyFigure.BESTUREN_VO, 0L, KeyFigure.MBO_INSTELLINGEN, 5L, KeyFigure.OPLEIDERS, 6L),
                cards.get(0).figures());
        assertEquals(List.of("Zwolle", "Hattem"), cards.get(0).territory());
        assertEquals("Progressus", cards.get(1).name());
        assertEquals(List.of(), cards.get(1).territory());
    }

    @Test
    void namesBrokenOverTwoLinesAreJoinedWithASpace() {
        var cards = parse("""
                [TERUG NAAR MBO KAART >](#)

                Onderwijsregio LOA

                (Lingewaard, Overbetuwe en Arnhem)

                """ + FIGURES + """

                Verzorgingsgebied

                - Leidschendam-
                Voorburg
                - Hardinxveld-Giessen-
                - dam
                • Rotterdam
                - Barendrecht
                - Barendrecht
                """);
        assertEquals("Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)", cards.get(0).name());
        assertEquals(List.of("Leidschendam- Voorburg", "Hardinxveld-Giessen- dam", "Rotterdam", "Barendrecht",
                "Barendrecht"), cards.get(0).territory());
    }

    @Test
    void anUnknownFigureLabelStopsTheReader() {
        var e = assertThrows(IllegalStateException.class,
                () -> parse("Onderwijsregio's\n\nX\n\n" + FIGURES.replace("opleiders", "lerarenopleidingen")));
        assertEquals("unknown figure label: 'Aangesloten lerarenopleidingen'", e.getMessage());
    }
}
