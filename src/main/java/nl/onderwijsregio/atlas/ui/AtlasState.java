package nl.onderwijsregio.atlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.render.MapGeometry;
import nl.onderwijsregio.atlas.core.render.RegionMaps;

/**
 * The application's shared view-model. Views bind to these properties instead of to each other:
 * a change here is the event every interested view hears (the selected region, the shown sector, ...).
 * Only touched on the FX thread.
 */
public final class AtlasState {

    private final ObjectProperty<Atlas> atlas = new SimpleObjectProperty<>(this, "atlas");
    private final ObjectProperty<MapGeometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector", Sector.PO);
    private final StringProperty selectedRegionId = new SimpleStringProperty(this, "selectedRegionId");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty hoveredMunicipalityCode = new SimpleStringProperty(this, "hoveredMunicipalityCode");
    private final ObjectProperty<Set<String>> highlightedRegionIds =
            new SimpleObjectProperty<>(this, "highlightedRegionIds", Set.of());
    private final ObjectProperty<FocusRequest> focusRequest = new SimpleObjectProperty<>(this, "focusRequest");
    private final BooleanProperty editMode = new SimpleBooleanProperty(this, "editMode", false);
    private final ObjectProperty<MapEditHandler> mapEditHandler = new SimpleObjectProperty<>(this, "mapEditHandler");
    private final ObjectProperty<Set<String>> hiddenTableColumns =
            new SimpleObjectProperty<>(this, "hiddenTableColumns", Set.of());

    /** The loaded snapshot; null until loading finishes. */
    public ObjectProperty<Atlas> atlasProperty() {
        return atlas;
    }

    public Atlas atlas() {
        return atlas.get();
    }

    /** The projected geometry of {@link #atlas()}'s boundaries; set together with the first atlas. */
    public ObjectProperty<MapGeometry> geometryProperty() {
        return geometry;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    /** The region table's columns the user hid, by column name (remembered between starts). */
    public ObjectProperty<Set<String>> hiddenTableColumnsProperty() {
        return hiddenTableColumns;
    }

    /** The selected region's id, or null. */
    public StringProperty selectedRegionIdProperty() {
        return selectedRegionId;
    }

    /**
     * Selects a region everywhere. When the shown sector is one the region does not serve, the map first
     * switches to the first sector it does serve: a region chosen in the table, a finding or a case would
     * otherwise be explained beside a map that does not draw it.
     */
    public void selectRegion(String regionId) {
        Region region = regionId == null || atlas.get() == null ? null : atlas.get().region(regionId).orElse(null);
        if (region != null && !region.serves(sector.get()) && !region.sectors().isEmpty()) {
            sector.set(region.sectorsInOrder().get(0));
        }
        selectedRegionId.set(regionId);
    }

    private final ReadOnlyIntegerWrapper keyboardToDetails = new ReadOnlyIntegerWrapper(this, "keyboardToDetails");

    /**
     * The region just chosen is to be read on in its details: the detail pane takes the keyboard focus at the
     * region's title. Asked by a choice made in a list or link (search, a neighbour, a practice example's region),
     * where the focus had nowhere to go but the map, some 36 Tabs from the details; not by a click on the map, whose
     * user goes on working the map.
     */
    public void keyboardToDetails() {
        keyboardToDetails.set(keyboardToDetails.get() + 1);
    }

    /** Changes each time the keyboard focus is asked {@link #keyboardToDetails() to the details}. */
    public ReadOnlyIntegerProperty keyboardToDetailsProperty() {
        return keyboardToDetails.getReadOnlyProperty();
    }

    /** The municipality under the pointer on the map, or hovered in a list; the map highlights it. */
    public StringProperty hoveredMunicipalityCodeProperty() {
        return hoveredMunicipalityCode;
    }

    /**
     * Regions to highlight while the rest is dimmed (e.g. the regions with cases on a chosen theme);
     * empty for none.
     */
    public ObjectProperty<Set<String>> highlightedRegionIdsProperty() {
        return highlightedRegionIds;
    }

    /** Set a new {@link FocusRequest} to make the map fly to a region or municipality. */
    public ObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest;
    }

    public void focus(FocusRequest request) {
        // The same place asked for again (the map panned away meanwhile) must fly again: a property fires on change.
        focusRequest.set(null);
        focusRequest.set(request);
    }

    /** Edit mode ("Bewerken"): off by default so a presenter cannot change data by accident. */
    public BooleanProperty editModeProperty() {
        return editMode;
    }

    /** Receives map clicks and strokes in edit mode; set by the editor. */
    public ObjectProperty<MapEditHandler> mapEditHandlerProperty() {
        return mapEditHandler;
    }

    /** One line for the status bar. */
    public StringProperty statusProperty() {
        return status;
    }

    private final ObjectProperty<RegionMaps> regionMaps = new SimpleObjectProperty<>(this, "regionMaps");

    /**
     * The region layers (colours, outlines, cover counts per sector) of the current atlas, for every
     * {@link nl.onderwijsregio.atlas.core.render.MapScene}; rebuilt by the map off the FX thread when
     * the atlas changes, so briefly older than {@link #atlas()} after an edit. Null until first built.
     */
    public ObjectProperty<RegionMaps> regionMapsProperty() {
        return regionMaps;
    }

    // --- Settings: remembered between runs by the settings feature; read by any view. ---

    private final ObjectProperty<Appearance> appearance =
            new SimpleObjectProperty<>(this, "appearance", Appearance.LIGHT);
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    private final StringProperty editorName = new SimpleStringProperty(this, "editorName", "");
    private final ObjectProperty<Path> regionFile = new SimpleObjectProperty<>(this, "regionFile");
    private final ObjectProperty<Path> municipalityFile = new SimpleObjectProperty<>(this, "municipalityFile");

    /** Light, dark or high contrast; the map and the panes follow it. */
    public ObjectProperty<Appearance> appearanceProperty() {
        return appearance;
    }

    /** How large the window's words are, whatever the appearance. */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** When true, animations (fly-to, fades) jump to their end instead. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** Who edits, for the change log; empty when not given. */
    public StringProperty editorNameProperty() {
        return editorName;
    }

    /** The regions file the shown atlas came from (where the editor saves). */
    public ObjectProperty<Path> regionFileProperty() {
        return regionFile;
    }

    /**
     * The regions file whose change log tells the shown atlas's history: the file it came from, or before any
     * was named the bundled one.
     */
    public Path regionFileOrBundled() {
        Path file = regionFile.get();
        return file != null ? file : AtlasLoader.defaultDataDir().resolve(AtlasLoader.REGION_FILE);
    }

    private String regionFileFingerprint;

    /**
     * The {@link nl.onderwijsregio.atlas.core.data.Fingerprint} of the regions file as it was read for the atlas
     * shown; null when not known (an atlas shown without its load's fingerprint).
     */
    public String regionFileFingerprint() {
        return regionFileFingerprint;
    }

    /** The municipality shapefile the shown atlas came from. */
    public ObjectProperty<Path> municipalityFileProperty() {
        return municipalityFile;
    }

    // --- Replacing the data: another file pair opened over what is shown. ---

    private final List<BooleanSupplier> replaceGuards = new ArrayList<>();

    /**
     * Shows an atlas read from {@code municipalities} and {@code regions}. The files are named before the
     * atlas changes, so whoever hears the new atlas (the editor) already knows which file it belongs to.
     */
    public void showLoaded(Atlas loaded, MapGeometry loadedGeometry, Path municipalities, Path regions) {
        showLoaded(loaded, loadedGeometry, municipalities, regions, null);
    }

    /** As {@link #showLoaded(Atlas, MapGeometry, Path, Path)}, with the fingerprint of the regions file's bytes read. */
    public void showLoaded(Atlas loaded, MapGeometry loadedGeometry, Path municipalities, Path regions,
                           String regionsFingerprint) {
        municipalityFile.set(municipalities);
        regionFile.set(regions);
        regionFileFingerprint = regionsFingerprint;
        atlas.set(loaded);
        geometry.set(loadedGeometry);
        clearSelectionIfAbsent(loaded);
        shownAnewFromFile();
    }

    private final ReadOnlyIntegerWrapper loadsShown = new ReadOnlyIntegerWrapper(this, "loadsShown");

    /** The atlas shown was just read from its files ({@link #showLoaded}, or a colleague's version taken up). */
    public void shownAnewFromFile() {
        loadsShown.set(loadsShown.get() + 1);
    }

    /**
     * How many times the data shown was read from its files: it changes on a load, also of the same file
     * again, and not on an edit, which replaces the atlas too.
     */
    public ReadOnlyIntegerProperty loadsShownProperty() {
        return loadsShown.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper savesWritten = new ReadOnlyIntegerWrapper(this, "savesWritten");

    /** The editor saved the data to its file, and the change log beside it grew. */
    public void savedToFile() {
        savesWritten.set(savesWritten.get() + 1);
    }

    /** How many saves were written: what is read from the change log (a region's history) is read anew. */
    public ReadOnlyIntegerProperty savesWrittenProperty() {
        return savesWritten.getReadOnlyProperty();
    }

    private final List<Consumer<Path>> newFileListeners = new ArrayList<>();

    /**
     * The editor wrote the data to a file of the user's choosing ("Opslaan als nieuw bestand"): a file they will
     * look for under Recent files, as one they opened.
     */
    public void savedAsNewFile(Path file) {
        newFileListeners.forEach(l -> l.accept(file));
    }

    /** {@code listener} hears of every file {@link #savedAsNewFile written as a new file}. */
    public void addNewFileListener(Consumer<Path> listener) {
        newFileListeners.add(listener);
    }

    // Files opened close together (File › Open during the start-up load, two quick opens) can finish out of
    // order; the pair opened last must end up shown, or the next start remembers the wrong one.
    private long loadsStarted;
    private long loadShown;

    /** Numbers a load of data files that starts now: a later load gets a higher number. */
    public long startLoad() {
        return ++loadsStarted;
    }

    /** Whether no load has started since {@code load}: what becomes of it is still what the user waits for. */
    public boolean isLatestLoad(long load) {
        return load == loadsStarted;
    }

    /**
     * Shows what load {@code load} read unless a load started after it is shown already; false when not shown.
     * One that finishes while a later one still runs is shown meanwhile: it is newer than what was on screen.
     */
    public boolean showLoaded(long load, Atlas loaded, MapGeometry loadedGeometry, Path municipalities, Path regions,
                              String regionsFingerprint) {
        if (load < loadShown) {
            return false;
        }
        loadShown = load;
        showLoaded(loaded, loadedGeometry, municipalities, regions, regionsFingerprint);
        return true;
    }

    /**
     * Selects nothing when {@code shown} has no region of the selected id (another file opened, a new region
     * undone): views would otherwise explain, or edit, a region that is not there.
     */
    public void clearSelectionIfAbsent(Atlas shown) {
        String id = selectedRegionId.get();
        if (id != null && shown.region(id).isEmpty()) {
            selectedRegionId.set(null);
        }
    }

    private Consumer<Path> regionFileOpener = file -> { };

    /**
     * How a regions file is opened as from File › Open (asking about unsaved work first, remembered for the next
     * start): the File menu knows, and says so here.
     */
    public void openRegionFilesWith(Consumer<Path> opener) {
        regionFileOpener = opener;
    }

    /** Opens {@code file} in place of the shown regions file, as File › Open would; returns before it is shown. */
    public void openRegionFile(Path file) {
        regionFileOpener.accept(file);
    }

    /** {@code guard} is asked before other data replaces the shown data; false keeps what is shown. */
    public void addReplaceGuard(BooleanSupplier guard) {
        replaceGuards.add(guard);
    }

    /** Asks every guard (the editor asks about unsaved work); false when one of them declines. */
    public boolean mayReplaceData() {
        for (BooleanSupplier guard : replaceGuards) {
            if (!guard.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    // --- Findings: one validation per atlas change, shared by the detail pane and the editor. ---

    private FindingsModel findings;

    /** The validator's findings on the current atlas; made on first use, so every view shares the one owner. */
    public FindingsModel findings() {
        if (findings == null) {
            findings = new FindingsModel(this);
        }
        return findings;
    }

    private SummaryModel summary;

    /** The region facts of the current atlas; made on first use, so the detail pane, table and themes share one. */
    public SummaryModel summary() {
        if (summary == null) {
            summary = new SummaryModel(this);
        }
        return summary;
    }
}
