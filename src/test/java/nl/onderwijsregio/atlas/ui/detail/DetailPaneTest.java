package nl.onderwijsregio.atlas.ui.detail;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.GROEN;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.core.edit.Edits;
import java.util.List;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.ui.FocusRequest;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class DetailPaneTest extends FxRobot {

    private static DetailFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
    }

    @BeforeEach
    void nothingSelected() {
        fx.select(null);
    }

    @Test
    void withoutSelectionThePaneSumsUpThePoMapAndInvitesAChoice() {
        assertTrue(shown(lookup("#detail-empty").query()));
        assertEquals("De PO-kaart", text("#overview-title"));
        String all = texts(lookup("#detail-empty").query());
        assertTrue(all.contains("2 regio’s met een eigen gebied."), all);
        assertTrue(all.contains("Van de 5 gemeenten liggen er 3 in één regio en 1 in twee of meer"), all);
        assertTrue(all.contains("1 gemeente ligt in geen enkele PO-regio:"), all);
        assertTrue(all.contains("1 praktijkvoorbeeld uit 1 regio;"), all);
        assertTrue(all.contains("Kies een regio op de kaart"), all);

        clickOn("#gap-GM0184");
        assertEquals("GM0184", fx.state.focusRequestProperty().get().municipalityCode(), "Urk, the gap, is flown to");

        fx.select(ZWOLLE_REGION);
        assertFalse(shown(lookup("#detail-empty").query()), "a chosen region takes its place");
    }

    @Test
    void theOverviewFollowsTheSector() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO));
        try {
            assertEquals("De VO-kaart", text("#overview-title"));
            String all = texts(lookup("#detail-empty").query());
            assertTrue(all.contains("2 regio’s met een eigen gebied, en 1 landelijke regio zonder eigen gebied."), all);
            assertTrue(lookup("#gap-GM0148").tryQuery().isPresent(), "Dalfsen is the VO gap");
        } finally {
            DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO));
        }
    }

    @Test
    void theViewModelTellsTheVoMapsGapSoThePaneNeedNotWorkItOut() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO));
        try {
            var overview = fx.feature.detail().overviewProperty().get();
            assertEquals(nl.onderwijsregio.atlas.core.model.Sector.VO, overview.sector());
            assertEquals(List.of("Dalfsen"), overview.uncovered().stream().map(m -> m.name()).toList());
        } finally {
            DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO));
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String texts(Node n) {
        StringBuilder sb = new StringBuilder();
        if (n instanceof javafx.scene.control.Labeled l) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> sb.append(texts(c)));
        }
        return sb.toString();
    }

    @Test
    void selectingZwolleShowsItsFiguresInDutchFormat() {
        fx.select(ZWOLLE_REGION);
        assertEquals("Zwolle en omgeving", text("#detail-title"));
        assertEquals("Gepubliceerd als: Onderwijsregio Zwolle en omgeving", text("#detail-published"));
        assertEquals("70.780", text("#figure-leerlingenStudenten"));
        assertEquals("23", text("#figure-besturenPo"));
        assertEquals("0", text("#figure-besturenVo"), "a published 0 stays 0");
    }

    @Test
    void anAbsentFigureShowsAsUnknownNeverZero() {
        fx.select(ZWOLLE_REGION);
        assertEquals("onbekend", text("#figure-mboInstellingen"));
    }

    @Test
    void aScreenReaderHearsLabelAndValue() {
        fx.select(ZWOLLE_REGION);
        Node tile = lookup("#figure-leerlingenStudenten").query().getParent();
        assertEquals("Leerlingen en studenten: 70.780", tile.getAccessibleText());
        assertTrue(tile.getAccessibleHelp().contains("Regionale samenwerking werkt"), "names the source");
    }

    @Test
    void theFiguresSourceIsReadUnderTheTilesAndATileReachedWithTabShowsItsOwnCorrection() {
        var corrected = Edits.setKeyFigure(fx.atlas, ZWOLLE_REGION, KeyFigure.BESTUREN_PO, 24L,
                "Een bestuur telde dubbel").apply(fx.atlas);
        DetailFixture.run(() -> fx.state.atlasProperty().set(corrected));
        fx.select(ZWOLLE_REGION);
        try {
            Label source = lookup("#detail-figure-source").queryAs(Label.class);
            assertTrue(shown(source), "visible without pointing at anything");
            String card = source.getText();
            assertTrue(card.startsWith("Bron: Regionale samenwerking werkt")
                    && card.endsWith("regiokaart „Onderwijsregio Zwolle en omgeving”"), card);

            Node pupils = lookup("#figure-leerlingenStudenten").query().getParent();
            DetailFixture.run(pupils::requestFocus);
            type(javafx.scene.input.KeyCode.TAB);
            assertTrue(source.getText().contains("Een bestuur telde dubbel"), "the po boards' tile: " + source.getText());

            DetailFixture.run(() -> lookup("#detail-copy-text").query().requestFocus());
            assertEquals(card, source.getText(), "leaving the tiles, the line names the card again");
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    @Test
    void theHeaderCarriesSectorAndVoorloperBadges() {
        fx.select(ZWOLLE_REGION);
        assertNotNull(lookup("#badge-sector-po").query());
        assertNotNull(lookup("#badge-sector-vo").query());
        assertNotNull(lookup("#badge-voorloper").query());
        assertTrue(lookup("#badge-national").tryQuery().isEmpty());
    }

    @Test
    void aNationalRegionSaysItHasNoTerritory() {
        fx.select(GROEN);
        assertNotNull(lookup("#badge-national").query());
        assertEquals("onbekend", text("#figure-leerlingenStudenten"));
        assertFalse(fx.feature.detailPane().locator().isVisible());
        assertTrue(lookup(".detail-note").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Landelijke regio: geen eigen verzorgingsgebied")));
    }

    @Test
    void aRegionMadeNationalByAChoiceSaysSoBesideTheBadgeAndWhereItsMunicipalitiesWouldBe() {
        var groen = fx.atlas.region(GROEN).orElseThrow();
        var chosen = fx.atlas.withRegion(groen.withCorrections(List.of(new Correction("territory", null, null,
                "De kaart in de publicatie noemt geen gemeenten."))));
        DetailFixture.run(() -> fx.state.atlasProperty().set(chosen));
        try {
            fx.select(GROEN);
            assertTrue(lookup(".detail-note").queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible()
                    && l.getText().equals("Landelijke regio: geen eigen verzorgingsgebied. Keuze bij het overnemen:"
                    + " De kaart in de publicatie noemt geen gemeenten.")), () -> lookup(".detail-note")
                    .queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
            javafx.scene.control.Tooltip tip = lookup("#badge-national").queryAs(Label.class).getTooltip();
            assertTrue(tip.getText().endsWith("\nKeuze bij het overnemen: De kaart in de publicatie noemt geen gemeenten."));
            assertTrue(tip.isWrapText() && tip.getMaxWidth() <= 480, "a reason wraps, not one line across the screen");
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    @Test
    void theVerzorgingsgebiedListsMembersWithOverlapAndPublishedName() {
        // Kampen overlaps on the PO map only: the chip counts the sector shown.
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO));
        fx.select(ZWOLLE_REGION);
        String kampen = ((Node) lookup("#member-GM0166").query()).getAccessibleText();
        assertTrue(kampen.contains("PO: ook in 1 andere regio"), kampen);
        assertTrue(lookup("#member-GM0244 .member-published").queryAs(Label.class).getText()
                .contains("gepubliceerd als „Hatem”"));
    }

    @Test
    void aScreenReaderHearsHattemsPrintedNameAndItsCorrection() {
        fx.select(ZWOLLE_REGION);
        String spoken = ((Node) lookup("#member-GM0244").query()).getAccessibleText();
        assertTrue(spoken.startsWith("Hattem, Gelderland, "), spoken);
        assertTrue(spoken.contains("gepubliceerd als „Hatem” — Spelfout in de publicatie"), spoken);
    }

    @Test
    void anEnglishReaderIsToldHattemsCorrectionIsDutchOnTheRowAndInWhatAScreenReaderHears() {
        fx.select(null);
        Messages.use(Messages.ENGLISH);
        try {
            fx.select(ZWOLLE_REGION);
            assertEquals("published as “Hatem” — (in Dutch) Spelfout in de publicatie",
                    lookup("#member-GM0244 .member-published").queryAs(Label.class).getText());
            String spoken = ((Node) lookup("#member-GM0244").query()).getAccessibleText();
            assertTrue(spoken.contains("(in Dutch) Spelfout in de publicatie"), spoken);
        } finally {
            fx.select(null);
            Messages.use(Messages.DUTCH);
        }
        fx.select(ZWOLLE_REGION);
        assertFalse(lookup("#member-GM0244 .member-published").queryAs(Label.class).getText().contains("("),
                "in Dutch the note reads as written");
    }

    @Test
    void theOverlapChipFollowsTheSectorOnTheMap() {
        fx.select(ZWOLLE_REGION);
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO));
        assertEquals("PO: ook in 1 andere regio", lookup("#member-GM0166 .member-overlap").queryAs(Label.class).getText());
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO));
        assertTrue(lookup("#member-GM0166 .member-overlap").tryQuery().isEmpty(), "no VO region shares Kampen");
        DetailFixture.run(() -> fx.state.sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO));
    }

    /** The locator map did nothing when clicked, as a small map invites; it shows the region on the main map. */
    @Test
    void clickingTheLocatorMapFliesTheMapToTheRegion() {
        fx.select(ZWOLLE_REGION);
        DetailFixture.run(() -> fx.state.focus(FocusRequest.wholeCountry()));
        clickOn(reveal("#detail-locator"));
        assertEquals(ZWOLLE_REGION, fx.state.focusRequestProperty().get().regionId());
    }

    @Test
    void hoveringAMemberHighlightsItAndClickingFliesThere() {
        fx.select(ZWOLLE_REGION);
        moveTo(reveal("#member-GM0193"));
        assertEquals("GM0193", fx.state.hoveredMunicipalityCodeProperty().get());
        clickOn("#member-GM0193");
        FocusRequest r = fx.state.focusRequestProperty().get();
        assertEquals("GM0193", r.municipalityCode());
    }

    /**
     * Zwolle en omgeving's members (Hattem, Kampen, Zwolle) are one Tab stop: Tab goes on to the next section,
     * the arrows walk the rows with the map following, and Enter flies as a click does.
     */
    @Test
    void zwollesMembersAreOneTabStopWalkedWithTheArrowsAndEnterFliesToKampen() {
        fx.select(ZWOLLE_REGION);
        Node hattem = lookup("#member-GM0244").query();
        Node kampen = lookup("#member-GM0166").query();
        Node members = lookup("#detail-members").query();
        DetailFixture.run(hattem::requestFocus);

        type(KeyCode.TAB);
        Node next = focusOwner();
        assertFalse(isInside(next, members), "Tab leaves the list rather than stop at Kampen: " + next);
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSame(hattem, focusOwner(), "Shift+Tab comes back to the list at one stop");

        type(KeyCode.DOWN);
        assertSame(kampen, focusOwner(), "Down moves to the second municipality");
        assertTrue(kampen.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("focused")),
                "the row shows its focus");
        assertEquals("GM0166", fx.state.hoveredMunicipalityCodeProperty().get(), "the map highlights Kampen");

        type(KeyCode.ENTER);
        assertEquals("GM0166", fx.state.focusRequestProperty().get().municipalityCode(), "Enter flies to Kampen");

        type(KeyCode.TAB);
        assertSame(next, focusOwner(), "from Kampen too, one Tab reaches the next section");
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSame(kampen, focusOwner(), "the list remembers where the reader was");
        type(KeyCode.END);
        assertSame(lookup("#member-GM0193").query(), focusOwner(), "End: Zwolle, the last");
        type(KeyCode.DOWN);
        assertSame(lookup("#member-GM0193").query(), focusOwner(), "the list's end holds the focus");
        type(KeyCode.HOME);
        assertSame(hattem, focusOwner(), "Home: Hattem, the first");
        DetailFixture.run(() -> lookup("#detail-copy-text").query().requestFocus());
    }

    /** With Urk added, Zwolle en omgeving overlaps IJssel-Vecht and Flevoland: one Tab stop; Enter opens the one chosen. */
    @Test
    void zwollesNeighboursAreOneTabStopAndEnterOnTheSecondOpensIt() {
        var withUrk = Edits.addMembers(fx.atlas, ZWOLLE_REGION, List.of("GM0184"), "Urk erbij").apply(fx.atlas);
        DetailFixture.run(() -> fx.state.atlasProperty().set(withUrk));
        try {
            walkZwollesNeighbours();
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    private void walkZwollesNeighbours() {
        fx.select(ZWOLLE_REGION);
        Node list = lookup("#detail-links").query();
        List<Node> links = List.copyOf(list.lookupAll(".hyperlink"));
        assertEquals(2, links.size(), "links: " + links);
        DetailFixture.run(links.get(0)::requestFocus);

        type(KeyCode.TAB);
        assertFalse(isInside(focusOwner(), list), "Tab leaves the neighbours rather than stop at the second");
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSame(links.get(0), focusOwner(), "Shift+Tab comes back at one stop");
        type(KeyCode.DOWN);
        assertSame(links.get(1), focusOwner(), "Down: the second neighbour");
        String second = links.get(1).getId().substring("link-".length());
        type(KeyCode.ENTER);
        assertEquals(second, fx.state.selectedRegionIdProperty().get(), "Enter opens it");
    }

    /** With Urk added, Zwolle en omgeving lies in two labour-market regions: their rows are one Tab stop. */
    @Test
    void theLabourMarketRowsAreOneTabStopWalkedWithTheArrows() {
        var withUrk = Edits.addMembers(fx.atlas, ZWOLLE_REGION, List.of("GM0184"), "Urk erbij").apply(fx.atlas);
        DetailFixture.run(() -> fx.state.atlasProperty().set(withUrk));
        fx.select(ZWOLLE_REGION);
        try {
            Node section = lookup("#detail-labour-markets").query();
            Node regioZwolle = lookup("#labour-market-AM36").query();
            Node flevoland = lookup("#labour-market-AM11").query();
            Node first = regioZwolle.getParent().getChildrenUnmodifiable().get(0);
            Node other = first == regioZwolle ? flevoland : regioZwolle;
            assertTrue(first.isFocusTraversable() && !other.isFocusTraversable(), "one row is the Tab stop");
            DetailFixture.run(first::requestFocus);
            type(KeyCode.DOWN);
            assertSame(other, focusOwner(), "Down: the other labour-market region");
            type(KeyCode.TAB);
            assertFalse(isInside(focusOwner(), section), "Tab leaves the section");
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    @Test
    void clickingAnOverlappingRegionSelectsIt() {
        fx.select(ZWOLLE_REGION);
        clickOn(reveal("#link-" + IJSSEL_VECHT));
        assertEquals(IJSSEL_VECHT, fx.state.selectedRegionIdProperty().get());
        assertEquals("IJssel-Vecht", text("#detail-title"));
    }

    @Test
    void anotherRegionOpensAtItsTitleNotWhereTheLastOneWasScrolled() {
        fx.select(ZWOLLE_REGION);
        javafx.scene.control.ScrollPane scroll = lookup("#detail-scroll").query();
        interact(() -> scroll.setVvalue(0.8));
        fx.select(IJSSEL_VECHT);
        assertEquals(0, scroll.getVvalue(), 1e-9);
    }

    @Test
    void aCaseExpandsToShowItsSource() {
        fx.select(ZWOLLE_REGION);
        Node source = lookup("#case-zwolle-invalpool .case-source").query();
        assertFalse(source.isVisible());
        clickOn(reveal("#case-zwolle-invalpool .case-toggle"));
        assertTrue(source.isVisible());
        assertEquals("Samenvatting in eigen woorden · bron: Regionale samenwerking werkt, p. 12", ((Label) source).getText(),
                "the summary above it is ours, not the publication's");
    }

    @Test
    void theLocatorMapIsDrawnForARegion() {
        int before = fx.feature.detailPane().locator().paintCount();
        fx.select(ZWOLLE_REGION);
        assertTrue(fx.feature.detailPane().locator().paintCount() > before);
    }

    @Test
    void theNoteThatZwollesFactsWereCopiedGoesWhenAnotherChoiceIsMade() {
        fx.select(ZWOLLE_REGION);
        DetailFixture.run(() -> fx.feature.detail().reportCopied());
        assertTrue(fx.state.statusProperty().get().contains("Zwolle"), fx.state.statusProperty().get());

        fx.select(null);
        assertEquals("", fx.state.statusProperty().get());
    }

    @Test
    void copyAsTextGivesTheFactsInDutch() {
        fx.select(ZWOLLE_REGION);
        String text = fx.feature.detail().copyAsText();
        assertTrue(text.startsWith("Zwolle en omgeving\n"), text);
        assertTrue(text.contains("Aangesloten mbo-instellingen: onbekend"), text);
    }

    @Test
    void anEnglishReaderIsToldThePracticeExamplesAreInDutchAndADutchReaderIsNot() {
        fx.select(ZWOLLE_REGION);
        assertTrue(lookup("#case-zwolle-invalpool").tryQuery().isPresent());
        assertTrue(lookup(".cases-language-note").tryQuery().isEmpty(), "a Dutch reader reads them as they are");
        fx.select(null);
        Messages.use(Messages.ENGLISH);
        try {
            fx.select(ZWOLLE_REGION);
            assertEquals("Practice examples are described in Dutch.", text(".cases-language-note"));
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    @Test
    void aDuplicateMemberShowsAsADiscreetFinding() throws Exception {
        var pane = zwolleWithADuplicateMember();
        assertTrue(pane.isVisible());
        assertFalse(pane.isExpanded(), "findings stay folded until asked for");
        assertTrue(pane.getText().contains("melding"), pane.getText());
        DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
    }

    /** A finding is a Tab stop, so a screen reader reads it: the keyboard user then sees which one has the focus. */
    @Test
    void aFindingReachedWithTabIsMarkedByAFocusRing() throws Exception {
        var pane = zwolleWithADuplicateMember();
        DetailFixture.run(() -> pane.setExpanded(true));
        var finding = (javafx.scene.layout.Region) ((javafx.scene.Parent) pane.getContent()).getChildrenUnmodifiable().get(0);
        assertTrue(finding.isFocusTraversable());
        DetailFixture.run(() -> {
            finding.requestFocus();
            finding.applyCss();
        });
        var border = finding.getBorder();
        assertTrue(border != null && border.getStrokes().stream().anyMatch(s -> s.getTopStroke() instanceof javafx.scene.paint.Color c
                && c.getOpacity() > 0), "a ring around the focused finding: " + border);
        DetailFixture.run(() -> {
            pane.setExpanded(false);
            fx.state.atlasProperty().set(fx.atlas);
        });
    }

    private javafx.scene.control.TitledPane zwolleWithADuplicateMember() throws Exception {
        var zwolle = fx.atlas.region(ZWOLLE_REGION).orElseThrow();
        var members = new java.util.ArrayList<>(zwolle.members());
        members.add(new nl.onderwijsregio.atlas.core.model.MemberRef("GM0193", "Zwolle"));
        DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas.withRegion(zwolle.withMembers(members))));
        fx.select(ZWOLLE_REGION);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> fx.feature.detail().findings().stream().anyMatch(f -> f.text().contains("Zwolle")));
        return lookup("#detail-findings-pane").queryAs(javafx.scene.control.TitledPane.class);
    }

    @Test
    void aCorrectedKeyFigureIsToldOnItsOwnTileOnly() {
        var corrected = Edits.setKeyFigure(fx.atlas, ZWOLLE_REGION, KeyFigure.OPLEIDERS, 4L,
                "Windesheim telt als één opleider").apply(fx.atlas);
        DetailFixture.run(() -> fx.state.atlasProperty().set(corrected));
        fx.select(ZWOLLE_REGION);
        try {
            for (DetailViewModel.FigureItem tile : fx.feature.detail().figures()) {
                boolean opleiders = tile.figure() == KeyFigure.OPLEIDERS;
                assertEquals(opleiders, tile.source().contains("Windesheim telt als één opleider"),
                        tile.figure() + ": " + tile.source());
            }
            assertTrue(fx.feature.detail().corrections().get(0).startsWith("Aangesloten opleiders: gepubliceerd „"),
                    fx.feature.detail().corrections().toString());
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    @Test
    void aMemberCorrectionStaysWithItsMunicipalityNotInTheRegionsChoices() {
        fx.select(ZWOLLE_REGION);
        assertTrue(fx.feature.detail().corrections().isEmpty());
        assertFalse(lookup("#detail-corrections-pane").query().isVisible());
    }

    /** Scrolls the pane to the node, as tabbing to it would. */
    private Node reveal(String query) {
        Node node = lookup(query).query();
        DetailFixture.run(() -> fx.feature.detailPane().ensureVisible(node));
        return node;
    }

    private Node focusOwner() {
        return lookup("#detail-pane").query().getScene().getFocusOwner();
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
