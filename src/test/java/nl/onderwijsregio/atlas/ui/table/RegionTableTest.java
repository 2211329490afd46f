package nl.onderwijsregio.atlas.ui.table;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.FLEVOLAND;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.GROEN;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.IJSSEL_VECHT;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.NOORD_VELUWE;
import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.core.summary.RegionRow;
import nl.onderwijsregio.atlas.ui.detail.DetailFixture;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.prefs.AtlasPreferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class RegionTableTest extends FxRobot {

    private static final String BOM = "\uFEFF";

    private static DetailFixture fx;
    private static TableFeature feature;
    /** The table as it first opened, before any test sorts or clears its order. */
    private static List<String> openedWith;
    private static List<String> openedSortedBy;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
        feature = fx.table;
        DetailFixture.run(() -> feature.viewProperty().set(TableFeature.View.TABLE));
        var opened = feature.tablePane().table();
        openedWith = opened.getItems().stream().map(RegionRow::id).toList();
        openedSortedBy = opened.getSortOrder().stream().map(c -> c.getId()).toList();
    }

    @BeforeEach
    void reset() {
        DetailFixture.run(() -> {
            feature.viewModel().sectorFilterProperty().set(null);
            feature.viewModel().queryProperty().set("");
            table().getSortOrder().clear();
            fx.state.selectedRegionIdProperty().set(null);
        });
    }

    @Test
    void theTableListsEveryRegion() {
        assertEquals(5, table().getItems().size());
        assertEquals("5 van 5 regio’s", lookup("#table-count").queryLabeled().getText());
    }

    @Test
    void theTableOpensWithTheRegionsFromAToZ() {
        assertEquals(List.of(FLEVOLAND, IJSSEL_VECHT, GROEN, NOORD_VELUWE, ZWOLLE_REGION), openedWith,
                "the data file's order means nothing to a reader");
        assertEquals(List.of("col-name"), openedSortedBy, "the arrow on Regio says how they are ordered");
    }

    @Test
    void sortingByPupilsPutsTheLargestFirstAndUnknownLast() {
        DetailFixture.run(() -> {
            var col = table().getColumns().get(RegionColumn.LEERLINGEN_STUDENTEN.ordinal());
            col.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(col);
        });
        assertEquals(List.of(ZWOLLE_REGION, FLEVOLAND, IJSSEL_VECHT, NOORD_VELUWE, GROEN), ids());
        assertEquals("70.780", cellText(0, RegionColumn.LEERLINGEN_STUDENTEN));
        assertEquals("onbekend", cellText(4, RegionColumn.LEERLINGEN_STUDENTEN));
    }

    @Test
    void clickingAColumnHeaderSortsByIt() {
        clickOn("#col-name");
        assertEquals(List.of(FLEVOLAND, IJSSEL_VECHT, GROEN, NOORD_VELUWE, ZWOLLE_REGION), ids());
    }

    @Test
    void filteringBySectorKeepsOnlyItsRegions() {
        DetailFixture.run(() -> feature.viewModel().sectorFilterProperty().set(Sector.VO));
        assertEquals(List.of(ZWOLLE_REGION, FLEVOLAND, GROEN), ids());
    }

    @Test
    void typingAMunicipalityFindsTheRegionsCoveringIt() {
        clickOn("#table-query").write("kampen");
        assertEquals(List.of(ZWOLLE_REGION, IJSSEL_VECHT), ids());
        assertEquals("2 van 5 regio’s", lookup("#table-count").queryLabeled().getText());
    }

    /**
     * Down in the filter goes to the rows it kept, as in a search field: the keyboard reached them only by Tab past
     * the count and "Exporteer CSV…". The first of them is chosen, and Down goes on from there.
     */
    @Test
    void downInTheFilterGoesToItsFirstRow() {
        clickOn("#table-query").write("kampen").type(KeyCode.DOWN);
        assertEquals(table(), fx.window.getScene().getFocusOwner(), "the keyboard in the table");
        assertEquals(ids().get(0), fx.state.selectedRegionIdProperty().get(), "the first row kept chosen");
        type(KeyCode.DOWN);
        assertEquals(ids().get(1), fx.state.selectedRegionIdProperty().get(), "Down goes on to the next");
        // the table keeps its place while it has the keyboard: the tests after this one start outside it
        clickOn("#table-query");
    }

    @Test
    void selectingARowSelectsTheRegionEverywhere() {
        clickOn("Flevoland");
        assertEquals(FLEVOLAND, fx.state.selectedRegionIdProperty().get());
    }

    @Test
    void choosingTheVoRegionFlevolandBesideThePoMapSwitchesTheMapToVoSoItIsDrawn() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.PO));
        clickOn("Flevoland");
        assertEquals(Sector.VO, fx.state.sectorProperty().get());
        assertEquals(FLEVOLAND, fx.state.selectedRegionIdProperty().get());
    }

    @Test
    void choosingZwolleWhichServesPoAndVoKeepsTheVoMapShown() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.VO));
        clickOn("Zwolle en omgeving");
        assertEquals(Sector.VO, fx.state.sectorProperty().get());
        assertEquals(ZWOLLE_REGION, fx.state.selectedRegionIdProperty().get());
    }

    @Test
    void downMovesTheSelectionAndEnterFliesToTheRegion() {
        clickOn("Zwolle en omgeving");
        type(KeyCode.DOWN);
        assertEquals(IJSSEL_VECHT, fx.state.selectedRegionIdProperty().get());
        type(KeyCode.ENTER);
        assertEquals(IJSSEL_VECHT, fx.state.focusRequestProperty().get().regionId());
    }

    @Test
    void aSelectionMadeElsewhereShowsInTheTable() {
        fx.select(NOORD_VELUWE);
        assertEquals(NOORD_VELUWE, table().getSelectionModel().getSelectedItem().id());
    }

    @Test
    void theRegionsAThemeMarksOnTheMapAreMarkedInTheTableToo() {
        DetailFixture.run(() -> fx.state.highlightedRegionIdsProperty().set(java.util.Set.of(ZWOLLE_REGION, GROEN)));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(GROEN, ZWOLLE_REGION), markedRows());

            DetailFixture.run(() -> fx.state.highlightedRegionIdsProperty().set(java.util.Set.of()));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), markedRows(), "no theme chosen, no row stands out");
        } finally {
            DetailFixture.run(() -> fx.state.highlightedRegionIdsProperty().set(java.util.Set.of()));
        }
    }

    private List<String> markedRows() {
        var marked = javafx.css.PseudoClass.getPseudoClass("marked");
        return lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.getPseudoClassStates().contains(marked))
                .map(r -> ((RegionRow) r.getItem()).id()).sorted().toList();
    }

    @Test
    void inTheDarkAppearanceZwollesRowStaysDarkOnceTheTableLosesTheFocus() {
        String dark = getClass().getResource(nl.onderwijsregio.atlas.ui.Appearance.DARK.stylesheet()).toExternalForm();
        DetailFixture.run(() -> fx.stage.getScene().getStylesheets().add(dark));
        try {
            clickOn("Zwolle en omgeving");
            clickOn("#table-query");
            WaitForAsyncUtils.waitForFxEvents();
            var row = lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                    .filter(r -> r.isSelected()).findFirst().orElseThrow();
            var fills = row.getBackground().getFills();
            Color bar = (Color) fills.get(fills.size() - 1).getFill();
            assertTrue(bar.getBrightness() < 0.5, "a light bar in a dark table: " + bar);
        } finally {
            DetailFixture.run(() -> fx.stage.getScene().getStylesheets().remove(dark));
        }
    }

    @Test
    void theNationalGreenRegionIsCalledNationalUnderKm2AndLeftOutOfTheAreaChart() {
        int row = ids().indexOf(GROEN);
        assertEquals("landelijk", areaCellText(row));
        DetailFixture.run(() -> {
            feature.viewModel().chartSectorProperty().set(null);
            feature.viewModel().chartColumnProperty().set(RegionColumn.AREA);
        });
        assertFalse(feature.viewModel().bars().stream().anyMatch(b -> b.regionId().equals(GROEN)));
        assertEquals("", feature.viewModel().chartNoteProperty().get(), "its area is not a published figure gone missing");
    }

    private String areaCellText(int row) {
        return lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "col-area".equals(c.getTableColumn().getId())
                        && c.getIndex() == row)
                .map(javafx.scene.control.TableCell::getText).findFirst().orElseThrow();
    }

    @Test
    void theChartShowsTheSectorsRegionsLargestFirstAndABarSelects() {
        DetailFixture.run(() -> {
            feature.viewModel().chartSectorProperty().set(Sector.PO);
            feature.viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
        });
        assertEquals(List.of(ZWOLLE_REGION, IJSSEL_VECHT),
                feature.viewModel().bars().stream().map(TableViewModel.Bar::regionId).toList());
        clickOn("#bar-" + IJSSEL_VECHT);
        assertEquals(IJSSEL_VECHT, fx.state.selectedRegionIdProperty().get());
    }

    @Test
    void theChartLeavesOutRegionsWithoutTheFigureAndSaysWhich() {
        DetailFixture.run(() -> {
            feature.viewModel().chartSectorProperty().set(Sector.MBO);
            feature.viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
        });
        assertEquals(List.of(), feature.viewModel().bars());
        assertEquals("2 regio’s zonder gepubliceerd cijfer zijn niet getoond: Landelijk groen onderwijs, Noord-Veluwe."
                + " Cijfers: „Regionale samenwerking werkt”, de regiokaarten.", feature.viewModel().chartNoteProperty().get());
    }

    @Test
    void zwollesPupilsOnThePoChartAreMarkedAsTheTotalOfAllItsSectors() {
        DetailFixture.run(() -> {
            feature.viewModel().chartSectorProperty().set(Sector.PO);
            feature.viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
        });
        var zwolle = feature.viewModel().bars().stream().filter(b -> b.regionId().equals(ZWOLLE_REGION)).findFirst()
                .orElseThrow();
        assertTrue(zwolle.allSectors(), "Zwolle en omgeving serves PO and VO: one figure for both");
        assertEquals("70.780 * ⚠", lookup("#bar-" + ZWOLLE_REGION + " .bar-value").queryLabeled().getText(),
                "all its sectors, and doubted: it names 0 VO boards while serving VO");
        assertTrue(feature.viewModel().chartNoteProperty().get().startsWith("* Een regio die meer sectoren bedient dan PO,"
                + " heeft één gepubliceerd cijfer voor al haar sectoren samen."),
                feature.viewModel().chartNoteProperty().get());

        DetailFixture.run(() -> feature.viewModel().chartColumnProperty().set(RegionColumn.BESTUREN_PO));
        assertFalse(feature.viewModel().bars().stream().anyMatch(TableViewModel.Bar::allSectors),
                "PO school boards are PO's own figure");
    }

    @Test
    void figuresTheChecksDoubtAreMarkedInTheTableTheChartAndTheCsv(@TempDir Path dir) throws Exception {
        var zwolle = fx.atlas.region(ZWOLLE_REGION).orElseThrow();
        var ijsselVecht = fx.atlas.region(IJSSEL_VECHT).orElseThrow();
        // IJssel-Vecht printed with Zwolle's figures, as two of the publication's cards are.
        var copied = fx.atlas.withRegion(ijsselVecht.withKeyFigures(zwolle.keyFigures()));
        DetailFixture.run(() -> fx.state.atlasProperty().set(copied));
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !feature.viewModel().figureDoubts(IJSSEL_VECHT).isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            var pupils = cell("col-leerlingen_studenten", ids().indexOf(IJSSEL_VECHT));
            assertEquals("70.780 ⚠", pupils.getText());
            assertEquals("IJssel-Vecht · Leerlingen en studenten: 70.780\n"
                    + "Kanttekening: IJssel-Vecht heeft dezelfde kerncijfers als Zwolle en omgeving.",
                    pupils.getTooltip().getText());
            assertEquals("Noord-Veluwe", cell("col-name", ids().indexOf(NOORD_VELUWE)).getText());
            assertFalse(cell("col-leerlingen_studenten", ids().indexOf(NOORD_VELUWE)).getText().contains("⚠"),
                    "a region whose figures raise no doubt is not marked");

            DetailFixture.run(() -> {
                feature.viewModel().chartSectorProperty().set(Sector.PO);
                feature.viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
            });
            assertEquals("70.780 ⚠", lookup("#bar-" + IJSSEL_VECHT + " .bar-value").queryLabeled().getText());
            assertTrue(feature.viewModel().chartNoteProperty().get().contains("⚠ Bij de cijfers van deze regio’s"),
                    feature.viewModel().chartNoteProperty().get());

            Path file = dir.resolve("tabel.csv");
            written(feature, file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(lines.contains("kanttekening;IJssel-Vecht: IJssel-Vecht heeft dezelfde kerncijfers als Zwolle en"
                    + " omgeving."), String.join("\n", lines));
        } finally {
            DetailFixture.run(() -> fx.state.atlasProperty().set(fx.atlas));
        }
    }

    @Test
    void pointingAtAFigureNamesItsRegionWhenTheRegionColumnHasScrolledOutOfSight() {
        var flevolandsPupils = cell("col-leerlingen_studenten", ids().indexOf(FLEVOLAND));
        assertEquals("Flevoland · Leerlingen en studenten: " + cellText(ids().indexOf(FLEVOLAND),
                RegionColumn.LEERLINGEN_STUDENTEN), flevolandsPupils.getTooltip().getText());
        assertTrue(cell("col-area", ids().indexOf(ZWOLLE_REGION)).getTooltip().getText().startsWith("Zwolle en omgeving · "));
    }

    /**
     * Beside the map the table is narrow and its edge cuts a column of figures in two. What shows of a figure is
     * the figure whole, moved into sight, or shortened with an ellipsis; never "70.78" for 70.780.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {350, 368, 385, 400, 430})
    void aFigureTheTablesEdgeCutsIsShownWholeOrWithAnEllipsisNeverAsAShorterNumber(double tableWidth) {
        DetailFixture.run(() -> table().setMaxWidth(tableWidth));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            var rows = table().lookup(".clipped-container");
            var view = rows.localToScene(rows.getLayoutBounds());
            List<javafx.scene.control.Labeled> cut = lookup(".numeric-cell")
                    .queryAllAs(javafx.scene.control.Labeled.class).stream()
                    .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                    .filter(c -> {
                        var b = c.localToScene(c.getLayoutBounds());
                        return b.getMinX() < view.getMaxX() && b.getMaxX() > view.getMaxX();
                    }).toList();
            assertFalse(cut.isEmpty(), "a column of figures straddles the table's edge at " + tableWidth);
            for (var c : cut) {
                var shown = (javafx.scene.text.Text) c.lookup(".text");
                var at = shown.localToScene(shown.getLayoutBounds());
                boolean whole = shown.getText().equals(c.getText()) && at.getMaxX() <= view.getMaxX() + 0.5;
                // too narrow even for the ellipsis, nothing at all is drawn: no figure, no wrong figure
                assertTrue(whole || shown.getText().endsWith("…") || shown.getText().isEmpty(),
                        "\"" + shown.getText() + "\" for " + c.getText() + ", drawn up to " + at.getMaxX()
                                + " of " + view.getMaxX());
            }
        } finally {
            DetailFixture.run(() -> table().setMaxWidth(Double.MAX_VALUE));
        }
    }

    /**
     * Scrolled sideways to the last columns, a narrow table shows every figure in sight whole: the rows' container
     * slides under its clip as the table scrolls, and the cells must measure what shows by the clip.
     */
    @Test
    void scrolledSidewaysToTheLastColumnsTheFiguresInSightAreShownWhole() {
        DetailFixture.run(() -> table().setMaxWidth(500));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            DetailFixture.run(() -> table().lookupAll(".scroll-bar").stream()
                    .map(javafx.scene.control.ScrollBar.class::cast)
                    .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                    .forEach(b -> b.setValue(b.getMax())));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            var rows = table().lookup(".clipped-container");
            var view = rows.localToScene(rows.getClip().getBoundsInParent());
            List<javafx.scene.control.TableCell<?, ?>> inSight = lookup(".numeric-cell")
                    .queryAllAs(javafx.scene.control.TableCell.class).stream()
                    .<javafx.scene.control.TableCell<?, ?>>map(c -> c)
                    .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                    .filter(c -> {
                        var b = c.localToScene(c.getLayoutBounds());
                        // a cell of no width is one the table keeps aside, not one in sight
                        return b.getWidth() > 0 && b.getMinX() >= view.getMinX() && b.getMaxX() <= view.getMaxX()
                                && b.getMaxY() <= view.getMaxY();
                    }).toList();
            assertTrue(inSight.stream().anyMatch(c -> c.getTableColumn().getId().equals("col-area")),
                    "the area column is in sight once scrolled to the end");
            for (var c : inSight) {
                var shown = (javafx.scene.text.Text) c.lookup(".text");
                assertEquals(c.getText(), shown.getText(), "a figure in sight in " + c.getTableColumn().getId());
            }
        } finally {
            DetailFixture.run(() -> {
                table().scrollToColumnIndex(0);
                table().setMaxWidth(Double.MAX_VALUE);
            });
        }
    }

    private javafx.scene.control.TableCell<?, ?> cell(String columnId, int row) {
        return lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == row)
                .findFirst().orElseThrow();
    }

    @Test
    void theCsvExportFollowsTheTableOrderAndFilter(@TempDir Path dir) throws Exception {
        DetailFixture.run(() -> feature.viewModel().sectorFilterProperty().set(Sector.PO));
        Path file = dir.resolve("tabel.csv");
        written(feature, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith(BOM + "Regio;Sectoren;Leerlingen en studenten;"), lines.get(0));
        assertEquals(7, lines.size());
        assertEquals("Zwolle en omgeving;PO VO;70780;23;0;;3;3;250,0;1;ja;1;Onderwijsregio Zwolle en omgeving",
                lines.get(1), "the card's title after the table's columns");
        assertEquals("", lines.get(3));
        assertEquals("opmerking;De kerncijfers zijn per regio gepubliceerd: één cijfer voor alle sectoren samen die"
                + " de regio bedient.", lines.get(4));
        assertEquals("kanttekening;Zwolle en omgeving: Zwolle en omgeving bedient VO, maar noemt 0 aangesloten"
                + " schoolbesturen vo.", lines.get(5), "its doubt travels with the sheet");
        assertTrue(lines.get(6).startsWith("bron;"), "a sheet passed on still names its source: " + lines.get(6));
        assertTrue(fx.state.statusProperty().get().contains("tabel.csv"));
    }

    /** Saves as the export button does once a file is chosen, and waits until it is written or refused. */
    private static void written(TableFeature table, Path file) throws Exception {
        Task<Void> write = WaitForAsyncUtils.asyncFx(() -> table.save(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> write.getState() == Worker.State.SUCCEEDED
                        || write.getState() == Worker.State.FAILED).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The table's CSV goes where the other exports go: its dialog opens in the folder the last export (here a map)
     * went to, and the folder it is saved in is where the next export of any kind opens, also after a restart.
     */
    @Test
    void theCsvDialogOpensWhereTheLastExportWentAndTheTablesFolderIsRememberedForTheNext(@TempDir Path dir)
            throws Exception {
        Preferences node = Preferences.userRoot().node("/nl/onderwijsregio/atlas-test/" + UUID.randomUUID());
        try {
            AtlasPreferences prefs = new AtlasPreferences(node);
            Path maps = Files.createDirectory(dir.resolve("kaarten"));
            prefs.setExportFolder(maps);
            TableFeature table = WaitForAsyncUtils.asyncFx(
                    () -> new TableFeature(fx.window, fx.state, fx.stage, prefs)).get();
            assertEquals(maps.toFile(), WaitForAsyncUtils.asyncFx(
                    () -> table.exportChooser().getInitialDirectory()).get(), "where the map went");
            assertEquals("onderwijsregios-tabel.csv", WaitForAsyncUtils.asyncFx(
                    () -> table.exportChooser().getInitialFileName()).get(), "named as the maps of all regions are");

            Path tables = Files.createDirectory(dir.resolve("tabellen"));
            written(table, tables.resolve("regio’s.csv"));
            assertTrue(Files.exists(tables.resolve("regio’s.csv")));
            assertEquals(tables.toFile(), WaitForAsyncUtils.asyncFx(
                    () -> table.exportChooser().getInitialDirectory()).get(), "where the table went");
            assertEquals(tables, new AtlasPreferences(Preferences.userRoot().node(node.absolutePath()))
                    .exportFolder().orElseThrow(), "at the next start, for every kind of export");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void aCsvExportOverAFileMarkedReadOnlyIsRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tabel.csv");
        Files.writeString(file, "de cijfers van vorig jaar");
        assertTrue(file.toFile().setWritable(false, false));

        written(feature, file);

        assertEquals("de cijfers van vorig jaar", Files.readString(file));
        assertEquals("Tabel niet opgeslagen: " + file + ": het bestand is alleen-lezen en blijft zoals het is; "
                + "kies een andere naam", fx.state.statusProperty().get());
    }

        /** Without a byte-order mark Excel reads the file as Windows-1252: "Oppervlakte (kmÂ²)", "FryslÃ¢n". */
    @Test
    void theCsvExportStartsWithAByteOrderMarkSoExcelReadsKm2AndAccentsAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tabel.csv");
        written(feature, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String header = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertTrue(header.contains(";Oppervlakte (km²);"), header);
        assertFalse(header.contains(BOM), "one mark, at the very start: " + header);
    }

    @Test
    void aColumnDraggedToTheFrontIsExportedFirst() {
        DetailFixture.run(() -> {
            var columns = table().getColumns();
            var cases = columns.stream().filter(c -> "col-cases".equals(c.getId())).findFirst().orElseThrow();
            columns.remove(cases);
            columns.add(0, cases);
        });
        try {
            String header = feature.viewModel().exportCsv().lines().findFirst().orElseThrow();
            assertTrue(header.startsWith("Praktijkvoorbeelden;Regio;Sectoren;"), header);
            assertTrue(header.endsWith(";Aangesloten opleiders;Gemeenten;Oppervlakte (km²);Gemeenten met overlap (in een"
                    + " van de sectoren van de regio);Voorloper;Gepubliceerd als"), "the published name stays last: " + header);
        } finally {
            DetailFixture.run(() -> {
                var columns = table().getColumns();
                columns.add(columns.remove(0));
            });
        }
    }

    @Test
    void theColumnMenuNamesEveryColumnHidesKm2ButKeepsTheNamesAndTheCsvStaysWholeAndRemembersIt() {
        assertTrue(table().isTableMenuButtonVisible());
        assertTrue(table().getColumns().stream().noneMatch(c -> c.getText() == null || c.getText().isBlank()),
                "the menu would list blanks");
        var area = table().getColumns().stream().filter(c -> "col-area".equals(c.getId())).findFirst().orElseThrow();
        var name = table().getColumns().stream().filter(c -> "col-name".equals(c.getId())).findFirst().orElseThrow();
        DetailFixture.run(() -> {
            area.setVisible(false);
            name.setVisible(false);
        });
        try {
            assertFalse(area.isVisible());
            assertTrue(name.isVisible(), "rows without their names mean nothing");
            assertEquals(java.util.Set.of("AREA"), fx.state.hiddenTableColumnsProperty().get(), "remembered as AREA");
            String header = feature.viewModel().exportCsv().lines().findFirst().orElseThrow();
            assertTrue(header.contains("km²"), "the export keeps every column: " + header);
        } finally {
            DetailFixture.run(() -> area.setVisible(true));
        }
        assertEquals(java.util.Set.of(), fx.state.hiddenTableColumnsProperty().get());
        // as at a start with the column remembered hidden
        DetailFixture.run(() -> fx.state.hiddenTableColumnsProperty().set(java.util.Set.of("AREA")));
        assertFalse(area.isVisible());
        DetailFixture.run(() -> fx.state.hiddenTableColumnsProperty().set(java.util.Set.of()));
        assertTrue(area.isVisible());
    }

    @Test
    void theViewSwitchShowsMapTableOrBoth() {
        clickOn("#view-split");
        assertEquals(TableFeature.View.SPLIT, feature.viewProperty().get());
        assertTrue(lookup("#map-table-split").tryQuery().isPresent());
        clickOn("#view-table");
        assertEquals(TableFeature.View.TABLE, feature.viewProperty().get());
    }

    @Test
    void theLastRegionChosenOnTheMapIsWhollyInSightWhenTheTableOpensBesideIt() {
        double height = fx.stage.getHeight();
        try {
            DetailFixture.run(() -> {
                feature.viewProperty().set(TableFeature.View.MAP);
                // low enough that the table scrolls (yet tall enough for a few rows above the chart), beside the map
                // narrow enough for a horizontal scroll bar
                fx.stage.setHeight(520);
            });
            String last = table().getItems().get(table().getItems().size() - 1).id();
            fx.select(last);
            clickOn("#view-split");
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();

            var flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup("#region-table .virtual-flow").query();
            var row = lookup("#region-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                    && r.getItem() instanceof RegionRow item && item.id().equals(last)).query();
            double rowBottom = row.localToScene(row.getBoundsInLocal()).getMaxY();
            double seenBottom = flow.localToScene(flow.getBoundsInLocal()).getMaxY();
            var bar = lookup("#region-table .scroll-bar").match(n -> n instanceof javafx.scene.control.ScrollBar b
                    && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()).tryQuery();
            if (bar.isPresent()) {
                seenBottom = bar.get().localToScene(bar.get().getBoundsInLocal()).getMinY();
            }
            assertTrue(rowBottom <= seenBottom + 0.5, "the chosen row ends at " + rowBottom + ", below what shows: "
                    + seenBottom);
        } finally {
            DetailFixture.run(() -> fx.stage.setHeight(height));
            clickOn("#view-table");
        }
    }

    @Test
    void besideTheMapTheFilterBarAndChartControlsShowTheirWordsWhole() {
        // Switched as the button does, not by a click: under a loaded CI machine the click once missed the button.
        DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.SPLIT));
        try {
            for (String id : List.of("#table-count", "#table-export", "#chart-figure-label", "#chart-sector-label")) {
                var labeled = lookup(id).queryLabeled();
                assertTrue(labeled.getWidth() >= labeled.prefWidth(-1) - 0.5,
                        id + " is cut: " + labeled.getWidth() + " of " + labeled.prefWidth(-1));
            }
        } finally {
            DetailFixture.run(() -> fx.table.viewProperty().set(TableFeature.View.TABLE));
        }
    }

    @Test
    void theNationalPictureNamesItsSourceAndWhatDoesNotAddUp() {
        clickOn("#view-national");
        var chart = lookup("#national-administratieve-lasten").queryAs(javafx.scene.layout.VBox.class);
        List<String> texts = chart.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("Tabel 5") && t.contains("n = 44")), texts.toString());
        assertTrue(texts.contains("Let op: „Uw bestuur als partij van de onderwijsregio” telt in het rapport op tot 42,"
                + " niet tot 44. Getoond zoals gedrukt."), texts.toString());
        clickOn("#view-table");
    }

    @Test
    void theSpendingTablesNameSection42AndTheSurveyTablesAppendix1() {
        clickOn("#view-national");
        try {
            assertTrue(texts("#national-besteding-wie").stream().anyMatch(t -> t.endsWith("(concept, 2025), § 4.2, Tabel 1 · n = 44")),
                    texts("#national-besteding-wie").toString());
            assertTrue(texts("#national-besteding-wat").stream().anyMatch(t -> t.endsWith("§ 4.2, Tabel 2 · n = 44")));
            assertTrue(texts("#national-samenwerking").stream().anyMatch(t -> t.endsWith("bijlage 1, Tabel 4 · n = 44")));
            assertTrue(texts("#national-besteding-wie").stream().noneMatch(t -> t.contains("bijlage")));
        } finally {
            clickOn("#view-table");
        }
    }

    @Test
    void inEnglishTheReportsTablesAreCalledTables() {
        Messages.use(Messages.ENGLISH);
        try {
            var charts = new NationalPictureViewModel(nl.onderwijsregio.atlas.core.summary.NationalPicture.bundled()).charts();
            var cooperation = charts.stream().filter(c -> c.id().equals("samenwerking")).findFirst().orElseThrow();
            assertEquals("Table 4 · Perceived quality of cooperation", cooperation.title());
            assertTrue(cooperation.source().endsWith("appendix 1, Table 4 · n = 44"), cooperation.source());
            assertTrue(charts.stream().noneMatch(c -> (c.title() + c.source()).contains("Tabel")), "no Dutch word in between");
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    @Test
    void thePrinted0PercentOfTheMboProfessionShowsAs0PercentNotAsAnEmptyRow() {
        clickOn("#view-national");
        try {
            var row = lookup("#national-besteding-wie .national-row").queryAll().stream()
                    .filter(n -> n.getAccessibleText().startsWith("Alleen de beroepsgroep in het mbo;")).findFirst()
                    .orElseThrow();
            List<String> values = lookup(".national-value").match(n -> isInside(n, row)).queryAllAs(
                    javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList();
            assertEquals(List.of("0%"), values);
            assertTrue(lookup(".national-segment").match(n -> isInside(n, row)).queryAll().isEmpty(),
                    "nothing to draw for 0");
        } finally {
            clickOn("#view-table");
        }
    }

    @Test
    void aChartRowIsReadAloudAsItsLabelThenEachCategoryWithItsPrintedValue() {
        var chart = new NationalPictureViewModel(nl.onderwijsregio.atlas.core.summary.NationalPicture.bundled()).charts()
                .stream().filter(c -> c.id().equals("besteding-wie")).findFirst().orElseThrow();
        var mboProfession = chart.bars().stream().filter(b -> b.label().equals("Alleen de beroepsgroep in het mbo"))
                .findFirst().orElseThrow();
        assertEquals(List.of("0%"), mboProfession.valueTexts());
        assertEquals("Alleen de beroepsgroep in het mbo; " + chart.categories().get(0) + ": 0%",
                mboProfession.accessibleText());
    }

    @Test
    void aBarSegmentsTooltipNamesItsCategoryAndItsCount() {
        var chart = new NationalPictureViewModel(nl.onderwijsregio.atlas.core.summary.NationalPicture.bundled()).charts()
                .stream().filter(c -> c.id().equals("samenwerking")).findFirst().orElseThrow();
        List<Integer> firstRow = chart.bars().get(0).values();
        int first = 0;
        while (firstRow.get(first) == null || firstRow.get(first) == 0) {
            first++;
        }
        clickOn("#view-national");
        try {
            var shown = lookup("#national-samenwerking").query();
            var segment = lookup(".national-segment").match(n -> isInside(n, shown)).query().getParent();
            var tooltip = (javafx.scene.control.Tooltip) segment.getProperties().get("javafx.scene.control.Tooltip");
            assertEquals(chart.categories().get(first) + ": " + firstRow.get(first), tooltip.getText());
        } finally {
            clickOn("#view-table");
        }
    }

    private List<String> texts(String chartId) {
        var chart = lookup(chartId).queryAs(javafx.scene.layout.VBox.class);
        return chart.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (var p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    /**
     * The headers answer to the keyboard: Right marks Sectoren, then Leerlingen; S sorts by it, and S again turns
     * the order round, Zwolle en omgeving's 70.780 first; Shift+F10 opens the column menu.
     */
    @Test
    void theKeyboardSortsByTheMarkedColumnAndOpensTheColumnMenu() {
        DetailFixture.run(() -> table().getSortOrder().setAll(table().getColumns().get(0)));
        DetailFixture.run(table()::requestFocus);
        type(KeyCode.RIGHT, 2);
        javafx.scene.Node pupilsHeader = table().lookupAll(".column-header").stream()
                .filter(h -> "col-leerlingen_studenten".equals(h.getId())).findFirst().orElseThrow();
        assertTrue(pupilsHeader.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("keyboard-column")),
                "the marked header shows it");
        type(KeyCode.S);
        var sortedBy = table().getSortOrder().get(0);
        assertEquals("col-leerlingen_studenten", sortedBy.getId());
        assertEquals(javafx.scene.control.TableColumn.SortType.ASCENDING, sortedBy.getSortType());
        type(KeyCode.S);
        assertEquals(javafx.scene.control.TableColumn.SortType.DESCENDING, sortedBy.getSortType(), "S again: the other way round");
        assertEquals(ZWOLLE_REGION, ids().get(0));

        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertTrue(listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing()),
                "the column menu is open");
        type(KeyCode.ESCAPE);
        DetailFixture.run(() -> table().scrollToColumnIndex(0));
    }

    /**
     * With nothing chosen the table shows its first rows: it stayed at Zwolle en omgeving, the last, after that
     * region was chosen and the choice cleared, in the table's sight and out of it.
     */
    @Test
    void withTheChoiceClearedTheTableShowsItsFirstRowsNotTheRegionLastChosen() {
        double height = fx.stage.getHeight();
        DetailFixture.run(() -> {
            table().getSortOrder().setAll(table().getColumns().get(0));
            fx.stage.setHeight(375);
        });
        try {
            fx.select(ZWOLLE_REGION);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(firstShownRow() > 0, "the table is low enough to scroll to Zwolle: " + firstShownRow());
            fx.select(null);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, firstShownRow(), 1e-9, "cleared while in sight");

            DetailFixture.run(() -> feature.viewProperty().set(TableFeature.View.MAP));
            fx.select(ZWOLLE_REGION);
            DetailFixture.run(() -> table().scrollTo(table().getItems().size() - 1));
            DetailFixture.run(() -> fx.state.selectedRegionIdProperty().set(null));
            DetailFixture.run(() -> feature.viewProperty().set(TableFeature.View.TABLE));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, firstShownRow(), 1e-9, "shown again with nothing chosen");
        } finally {
            DetailFixture.run(() -> {
                feature.viewProperty().set(TableFeature.View.TABLE);
                fx.stage.setHeight(height);
            });
        }
    }

    /** At 150 % text "PO VO MBO" is not cut to "PO VO M…", and a long name keeps its end, "(vo/mbo)". */
    @Test
    void atLargeTextSectorenFitsAllThreeSectorsAndACutNameKeepsItsEnd() {
        var sectors = table().getColumns().stream().filter(c -> "col-sectors".equals(c.getId())).findFirst().orElseThrow();
        DetailFixture.run(() -> fx.window.getScene().getRoot().setStyle("-fx-font-size: 20px;"));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            var cell = (javafx.scene.control.TableCell<?, ?>) table().lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == sectors)
                    .findFirst().orElseThrow();
            javafx.scene.text.Text all = new javafx.scene.text.Text("PO VO MBO");
            all.setFont(cell.getFont());
            assertTrue(sectors.getWidth() > all.getLayoutBounds().getWidth() + 8,
                    "Sectoren is " + sectors.getWidth() + " px for " + all.getLayoutBounds().getWidth() + " px of text");
            var name = (javafx.scene.control.TableCell<?, ?>) table().lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "col-name".equals(c.getTableColumn().getId()))
                    .findFirst().orElseThrow();
            assertEquals(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS, name.getTextOverrun());
        } finally {
            DetailFixture.run(() -> fx.window.getScene().getRoot().setStyle(""));
        }
    }

    /** How far down the rows are scrolled: 0 at the first row, 1 at the last. */
    private double firstShownRow() {
        return ((javafx.scene.control.skin.VirtualFlow<?>) table().lookup(".virtual-flow")).getPosition();
    }

    /** The bars are one Tab stop: a keyboard user no longer tabs through every region to leave the chart. */
    @Test
    void theBarsAreOneTabStopWalkedWithTheArrowsAndSpaceSelectsTheSecondBarsRegion() {
        DetailFixture.run(() -> fx.state.sectorProperty().set(Sector.PO));
        List<javafx.scene.Node> bars = List.copyOf(feature.chart().lookupAll(".bar-row"));
        assertTrue(bars.size() >= 2, "bars: " + feature.viewModel().bars());
        DetailFixture.run(bars.get(0)::requestFocus);
        type(KeyCode.TAB);
        assertFalse(bars.contains(focusOwner()), "Tab leaves the chart: " + focusOwner());
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertTrue(bars.get(0) == focusOwner(), "Shift+Tab comes back to the chart at one stop: " + focusOwner());
        type(KeyCode.DOWN);
        assertTrue(bars.get(1) == focusOwner(), "Down: the second bar");
        assertTrue(bars.get(1).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("focused")),
                "the bar shows its focus");
        type(KeyCode.SPACE);
        assertEquals(bars.get(1).getUserData(), fx.state.selectedRegionIdProperty().get(), "Space selects its region");
    }

    private javafx.scene.Node focusOwner() {
        return table().getScene().getFocusOwner();
    }

    private TableView<RegionRow> table() {
        return (TableView<RegionRow>) feature.tablePane().table();
    }

    private List<String> ids() {
        return table().getItems().stream().map(RegionRow::id).toList();
    }

    private String cellText(int row, RegionColumn column) {
        var col = table().getColumns().get(column.ordinal());
        return RegionTablePane.format(column, col.getCellData(row));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> languagesAndAppearances() {
        return java.util.stream.Stream.of(Messages.DUTCH, Messages.ENGLISH).flatMap(language -> Arrays.stream(
                nl.onderwijsregio.atlas.ui.Appearance.values()).map(a -> org.junit.jupiter.params.provider.Arguments.of(language, a)));
    }

    /**
     * Each header reads whole beside its sort arrow, in the font the header draws it in (bold, and larger in high
     * contrast). Reckoned apart from any window, in the plain font the widths were worked out in, a check passed
     * while high contrast cut "Besturen po" to "Besture…".
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, {1}")
    @org.junit.jupiter.params.provider.MethodSource("languagesAndAppearances")
    void everyHeaderReadsWholeBesideItsSortArrow(java.util.Locale language, nl.onderwijsregio.atlas.ui.Appearance appearance) {
        Messages.use(language);
        try {
            var table = new RegionTablePane(new TableViewModel(new nl.onderwijsregio.atlas.ui.AtlasState(),
                    fx.state.summary())).table();
            // A scene of its own, wide enough for every column, styled as the atlas is; no window, which would take
            // the keyboard from the other tests' table.
            var scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(table), 2000, 300);
            for (String sheet : new String[] {"/css/atlas.css", "/css/detail.css", appearance.stylesheet()}) {
                if (sheet != null) {
                    scene.getStylesheets().add(RegionTablePane.class.getResource(sheet).toExternalForm());
                }
            }
            for (var col : table.getColumns()) {
                DetailFixture.run(() -> {
                    table.getSortOrder().setAll(col);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                });
                var header = (javafx.scene.control.Label) col.getGraphic();
                assertEquals(header.getText(), ((javafx.scene.text.Text) header.lookup(".text")).getText(),
                        "sorted, in " + header.getFont() + ", in a column of " + col.getWidth() + " px");
            }
        } finally {
            Messages.use(Messages.DUTCH);
        }
    }

    /**
     * At Extra groot in high contrast, in a chart as narrow as beside the map, every value reads whole ("159.846",
     * not "15…"): as in the table, a number is never shown cut; the bars are shortened instead.
     */
    @Test
    void atExtraLargeTextTheChartsValuesAreNeverCut() {
        var appearance = nl.onderwijsregio.atlas.ui.Appearance.HIGH_CONTRAST;
        var chart = new BarChartPane(new TableViewModel(fx.state, fx.feature.summary()));
        var scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(chart), 420, 600);
        for (String sheet : new String[] {"/css/atlas.css", "/css/detail.css", appearance.stylesheet(),
                nl.onderwijsregio.atlas.ui.TextSize.EXTRA_LARGE.stylesheet(appearance)}) {
            scene.getStylesheets().add(sheet.startsWith("data:") ? sheet
                    : BarChartPane.class.getResource(sheet).toExternalForm());
        }
        DetailFixture.run(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.getRoot().layout();
        });
        var values = chart.lookupAll(".bar-value");
        assertFalse(values.isEmpty());
        for (var node : values) {
            var value = (javafx.scene.control.Label) node;
            assertEquals(value.getText(), ((javafx.scene.text.Text) value.lookup(".text")).getText(),
                    "in a chart " + chart.getWidth() + " px wide");
        }
    }
}
