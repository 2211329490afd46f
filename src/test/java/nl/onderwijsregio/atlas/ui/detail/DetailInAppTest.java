package nl.onderwijsregio.atlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.ui.InTheRunningAtlas;
import nl.onderwijsregio.atlas.ui.RunningAtlas;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.table.TableFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on the bundled data: however a region is chosen (search, legend, table), the detail
 * pane shows its figures as published, in Dutch format.
 */
class DetailInAppTest extends InTheRunningAtlas {


    @BeforeEach
    void mapView() {
        DetailFixture.run(() -> {
            app.state().selectedRegionIdProperty().set(null);
            table().viewProperty().set(TableFeature.View.MAP);
        });
    }

    @Test
    void searchingZwolleEnOmgevingShowsItsPublishedFigures() {
        clickOn("#search-field").write("Zwolle en omgeving");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zwolle-en-omgeving", app.state().selectedRegionIdProperty().get());
        assertEquals("Zwolle en omgeving", text("#detail-title"));
        assertEquals("144.052", text("#figure-leerlingenStudenten"));
        assertEquals("76", text("#figure-besturenPo"));
    }

    /**
     * The publication prints the same figures for Rijk van Nijmegen and Rond Bommel en Dommel: they are shown as
     * printed, with the doubt right under the heading and a link that opens the finding itself.
     */
    @Test
    void rijkVanNijmegensFiguresCarryTheirDoubtUnderTheHeadingWithALinkToTheFinding() {
        clickOn("#search-field").write("rijk van nijmegen");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rijk-van-nijmegen", app.state().selectedRegionIdProperty().get());
        Node caveat = lookup("#detail-figures-caveat").query();
        waitUntil(caveat::isVisible);
        assertEquals("Kanttekening: Rijk van Nijmegen heeft dezelfde kerncijfers als Rond Bommel en Dommel.",
                lookup("#detail-figures-caveat .detail-caveat").queryAs(Label.class).getText());
        assertEquals("32.646", text("#figure-leerlingenStudenten"), "the figures stay as published");
        Node tiles = lookup("#figure-leerlingenStudenten").query();
        assertTrue(caveat.localToScene(0, 0).getY() < tiles.localToScene(0, 0).getY(), "read before the figures");

        javafx.scene.control.TitledPane findings = lookup("#detail-findings-pane").query();
        assertFalse(findings.isExpanded(), "the finding itself stays folded at the foot");
        try {
            clickOn("#detail-figures-caveat-link");
            assertTrue(findings.isExpanded());
            Node focused = findings.getScene().getFocusOwner();
            assertTrue(focused.getAccessibleText().contains("heeft dezelfde kerncijfers als Rond Bommel en Dommel"),
                    "the focus lands on the finding: " + focused);
            javafx.scene.control.ScrollPane scroll = lookup("#detail-scroll").query();
            double top = scroll.localToScene(scroll.getBoundsInLocal()).getMaxY();
            assertTrue(focused.localToScene(focused.getBoundsInLocal()).getMaxY() <= top, "scrolled into view");
        } finally {
            DetailFixture.run(() -> findings.setExpanded(false));
        }
    }

    @Test
    void brabantOostPoSaysUnderItsBadgeWhyItsSectorDiffersFromItsPrintedName() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("brabant-oost-po"));
        Label note = lookup("#detail-sectors-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("Sectoren: gepubliceerd „vo/mbo”, gekozen „po”. Het achtervoegsel zegt"
                + " vo/mbo, maar de kaart telt 41 po-besturen"), note.getText());
        assertFalse(lookup("#detail-figures-caveat").query().isVisible(), "the printed name's label is no doubt about the figures");
    }

    @Test
    void zwolleEnOmgevingShowsNoCaveat() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("zwolle-en-omgeving"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#detail-figures-caveat").query().isVisible());
        assertFalse(lookup("#detail-sectors-note").query().isVisible());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 20 s", e);
        }
    }

    @Test
    void clickingZwolleOnTheMapShowsItsRegion() {
        waitUntilTheMapStandsStill();
        // Another test may have flown the map to a region: look at the whole country again.
        DetailFixture.run(() -> {
            app.window().mapView().setZoom(nl.onderwijsregio.atlas.ui.MainWindow.HOME_ZOOM);
            app.window().mapView().setCenter(new com.gluonhq.maps.MapPoint(
                    nl.onderwijsregio.atlas.ui.MainWindow.HOME_LAT, nl.onderwijsregio.atlas.ui.MainWindow.HOME_LON));
        });
        waitUntilTheMapStandsStill();
        clickOn(RunningAtlas.onScreen(app, "GM0193"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("zwolle-en-omgeving", app.state().selectedRegionIdProperty().get());
        assertEquals("144.052", text("#figure-leerlingenStudenten"));
    }

    @Test
    void tabMovesFromFigureToFigure() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("zwolle-en-omgeving"));
        javafx.scene.Node first = lookup("#figure-leerlingenStudenten").query().getParent();
        DetailFixture.run(first::requestFocus);
        type(KeyCode.TAB);
        javafx.scene.Node focused = first.getScene().getFocusOwner();
        assertEquals("Aangesloten schoolbesturen po: 76", focused.getAccessibleText());
    }

    @Test
    void clickingARegionInTheLegendShowsIt() {
        clickOn("#legend-amsterdam");
        assertEquals("Amsterdam", text("#detail-title"));
        assertEquals("138.206", text("#figure-leerlingenStudenten"));
    }

    @Test
    void choosingARowInTheTableShowsIt() {
        DetailFixture.run(() -> table().viewProperty().set(TableFeature.View.TABLE));
        DetailFixture.run(() -> table().viewModel().queryProperty().set("Haaglanden"));
        clickOn(lookup("#region-table .table-cell").lookup((javafx.scene.control.TableCell<?, ?> c) ->
                "Haaglanden".equals(c.getText())).<javafx.scene.Node>query());
        assertEquals("haaglanden", app.state().selectedRegionIdProperty().get());
        assertEquals("159.846", text("#figure-leerlingenStudenten"));
    }

    @Test
    void zwolleEnOmgevingHoldsAllOfRegioZwolleAndPartsOfFourOtherLabourMarketRegions() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("zwolle-en-omgeving"));
        javafx.scene.Node regioZwolle = lookup("#labour-market-AM36").query();
        assertEquals("Regio Zwolle: alle 16 gemeenten", regioZwolle.getAccessibleText());
        assertEquals("Veluwe Stedendriehoek: 8 van de 12 gemeenten",
                lookup("#labour-market-AM06").query().getAccessibleText());
        assertEquals(5, lookup("#detail-labour-markets .member-row").queryAll().size());
    }

    @Test
    void aNationalRegionCarriesTheNationalBadge() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("landelijk-groen-onderwijs"));
        assertNotNull(lookup("#badge-national").query());
        assertEquals("59.660", text("#figure-leerlingenStudenten"));
    }

    @Test
    void choosingZijInstroomMarksAmsterdamAndOostNederland() {
        DetailFixture.run(() -> ((javafx.scene.control.TabPane) lookup("#detail-tabs").query())
                .getSelectionModel().select(1));
        clickOn("#theme-zij-instroom");
        assertEquals(java.util.Set.of("amsterdam", "oost-nederland"), app.state().highlightedRegionIdsProperty().get());
        clickOn("#theme-clear");
        assertEquals(java.util.Set.of(), app.state().highlightedRegionIdsProperty().get());
    }

    @Test
    void leavingEditModeShowsTheRegionAgainNotTheThemes() {
        javafx.scene.control.TabPane tabs = lookup("#detail-tabs").query();
        DetailFixture.run(() -> {
            tabs.getSelectionModel().select(0);
            app.state().selectedRegionIdProperty().set("zwolle-en-omgeving");
        });
        clickOn("#edit-mode-toggle");
        assertEquals("tab-editor", tabs.getSelectionModel().getSelectedItem().getId());
        clickOn("#edit-mode-toggle");
        assertEquals("tab-detail", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(2, tabs.getTabs().size());
    }

    @Test
    void brabantOostsMembersKeepTheirWholeProvinceBesideAnOverlapChip() {
        DetailFixture.run(() -> {
            app.state().sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.PO);
            app.state().selectedRegionIdProperty().set("brabant-oost-po");
        });
        assertEquals("PO: ook in 1 andere regio", lookup("#member-GM0845 .member-overlap").queryAs(Label.class).getText(),
                "Sint-Michielsgestel, a long name with an overlap chip");
        List<String> cut = new ArrayList<>();
        for (Node n : lookup("#detail-members .member-province").queryAll()) {
            Label province = (Label) n;
            if (province.getWidth() < province.prefWidth(-1) - 0.5) {
                cut.add(province.getText() + " at " + province.getWidth() + " of " + province.prefWidth(-1));
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void mboNoordNederlandSaysEachPrintedProvinceOnceAboveItsMunicipalities() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("mbo-noord-nederland"));
        List<String> notes = lookup("#detail-members .member-group-note").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(3, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("12 gemeenten gepubliceerd als „Drenthe” — Provincie in plaats van"
                + " gemeenten gedrukt"), notes.get(0));
        assertTrue(notes.get(1).startsWith("18 gemeenten gepubliceerd als „Friesland” — "), notes.get(1));
        assertTrue(notes.get(2).startsWith("10 gemeenten gepubliceerd als „Groningen” — "), notes.get(2));
        assertEquals(40, lookup("#detail-members .member-row").queryAll().size(), "no municipality is lost");
        assertTrue(lookup("#detail-members .member-published").queryAll().isEmpty(), "no row repeats the note");
        String assen = lookup("#member-GM0106").query().getAccessibleText();
        assertTrue(assen.startsWith("Assen, Drenthe") && assen.contains("gepubliceerd als „Drenthe”"), assen);
        // The notes are no Tab stops (the list is one): the first municipality under each says it instead.
        Label drenthe = lookup("#detail-members .member-group-note").queryAs(Label.class);
        assertFalse(drenthe.isFocusTraversable());
        List<Node> list = drenthe.getParent().getChildrenUnmodifiable();
        String first = list.get(list.indexOf(drenthe) + 1).getAccessibleText();
        assertTrue(first.startsWith("Aa en Hunze, Drenthe") && first.endsWith(drenthe.getText()), first);
    }

    /**
     * The card prints 20 names for Friesland Noordelijk Flevoland and the pane counts 19 municipalities: the pane says
     * why beside the count, and marks Vlieland's row, instead of leaving it to a folded finding at the pane's foot.
     */
    @Test
    void frieslandNoordelijkFlevolandSaysBesideItsCountThatTheCardPrintsVlielandTwice() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("friesland-noordelijk-flevoland"));
        Label note = lookup("#detail-members-note").queryAs(Label.class);
        waitUntil(note::isVisible);
        assertEquals("De bron noemt 20 namen: Vlieland 2×.", note.getText());
        assertTrue(text("#detail-members-summary").startsWith("19 gemeenten · "), text("#detail-members-summary"));
        Node summary = lookup("#detail-members-summary").query();
        Node list = lookup("#detail-members").query();
        assertTrue(summary.localToScene(0, 0).getY() < note.localToScene(0, 0).getY()
                && note.localToScene(0, 0).getY() < list.localToScene(0, 0).getY(), "between the count and the list");
        assertEquals("⚠ Friesland Noordelijk Flevoland: Vlieland (GM0096) staat 2 keer in de lijst.",
                lookup("#member-GM0096 .member-doubt").queryAs(Label.class).getText());
    }

    @Test
    void katwijksRowInRotterdamVoMboSaysItLiesFarFromTheRestAndRotterdamsRowSaysNothing() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("rotterdam-vo-mbo"));
        waitUntil(() -> lookup("#member-GM0537 .member-doubt").tryQuery().isPresent());
        Label katwijk = lookup("#member-GM0537 .member-doubt").queryAs(Label.class);
        assertEquals("⚠ Rotterdam (vo/mbo): Katwijk (GM0537) ligt los van de rest van de regio, 13,2 km van het"
                + " hoofdgebied.", katwijk.getText());
        assertTrue(lookup("#member-GM0537").query().getAccessibleText().endsWith(katwijk.getText()),
                "a screen reader hears it with the row");
        assertTrue(lookup("#member-GM0599 .member-doubt").tryQuery().isEmpty(), "Rotterdam itself raises no doubt");
        assertFalse(lookup("#detail-members-note").query().isVisible(), "every name printed once");
    }

    /**
     * Zwolle en omgeving's 31 municipalities are one Tab stop between its figures and its cases, and the row the
     * arrows reach stands clear of the pane's bottom edge, the next ones in view, as a laptop user asked.
     */
    @Test
    void aKeyboardUserPassesZwollesThirtyOneMunicipalitiesWithOneTabAndSeesWhereTheArrowsAre() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("zwolle-en-omgeving"));
        javafx.scene.Parent members = lookup("#detail-members").query();
        List<Node> rows = members.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("member-row")).toList();
        assertEquals(31, rows.size());
        try {
            DetailFixture.run(rows.get(0)::requestFocus);
            type(KeyCode.TAB);
            Node next = members.getScene().getFocusOwner();
            assertFalse(rows.contains(next), "one Tab leaves the list: " + next);

            press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            javafx.scene.control.ScrollPane scroll = lookup("#detail-scroll").query();
            double bottom = scroll.localToScene(scroll.getBoundsInLocal()).getMinY() + scroll.getViewportBounds().getHeight();
            for (int i = 1; i < rows.size(); i++) {
                type(KeyCode.DOWN);
                Node row = members.getScene().getFocusOwner();
                assertEquals(rows.get(i), row, "Down " + i);
                double rowBottom = row.localToScene(row.getBoundsInLocal()).getMaxY();
                assertTrue(rowBottom <= bottom - 24, "row " + i + " ends " + (bottom - rowBottom) + " px above the edge");
            }
            assertTrue(scroll.getVvalue() > 0, "the pane scrolled along");
        } finally {
            DetailFixture.run(() -> lookup("#detail-copy-text").query().requestFocus());
        }
    }

    @Test
    void aLongNeighbourNameLikeLoaWrapsInsteadOfBeingCut() {
        DetailFixture.run(() -> app.state().selectedRegionIdProperty().set("rijk-van-nijmegen"));
        javafx.scene.control.Hyperlink loa = lookup("#link-loa").query();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) loa.lookup(".text");
        assertEquals("LOA (Lingewaard, Overbetuwe en Arnhem)", shown.getText());
    }

    @Test
    void inTheFullWidthTableTwenteAchterhoekOostSallandIsNamedWholeInTheChart() {
        DetailFixture.run(() -> {
            table().viewProperty().set(TableFeature.View.TABLE);
            table().viewModel().chartSectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.VO);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label name = lookup("#bar-twente-achterhoek-oost-salland .bar-name").queryAs(Label.class);
        assertTrue(name.getWidth() >= name.prefWidth(-1) - 0.5, "cut at " + name.getWidth() + " of " + name.prefWidth(-1));
        assertEquals("Twente, Achterhoek, Oost-Salland", ((javafx.scene.text.Text) name.lookup(".text")).getText());
    }

    private static void waitUntilTheMapStandsStill() {
        RunningAtlas.waitUntilTheMapStandsStill(app);
    }

    private static TableFeature table() {
        return app.table();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
