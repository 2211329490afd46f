package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.edit.Edits;
import nl.onderwijsregio.atlas.core.edit.PasteListResolver;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.text.DutchOrder;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The form for the selected region: name, sectors, scope, voorloper status, key figures and cases, plus
 * creating, deleting and pasting members. Each committed field is one edit through the {@link EditorModel}.
 */
final class RegionEditorPane extends VBox {

    /** The chooser lists the regions as the legend does: by name, the Dutch way. */
    private static final Comparator<Region> BY_NAME =
            Comparator.comparing(Region::displayName, DutchOrder.NAMES);

    private final AtlasState state;
    private final EditorModel model;
    private final Supplier<CompletableFuture<PasteListResolver>> resolver;

    private final ComboBox<Region> region = new ComboBox<>();
    private final TextField name = new TextField();
    private final Map<Sector, CheckBox> sectors = new EnumMap<>(Sector.class);
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton regional = new RadioButton(Messages.t("editor.scope.regional"));
    private final RadioButton national = new RadioButton(Messages.t("editor.scope.national"));
    private final CheckBox voorloper = new CheckBox(Messages.t("editor.voorloper"));
    private final TextField voorloperNote = new TextField();
    private final KeyFigureFields figures;
    private final CaseListEditor cases;
    private final Label members = new Label();
    private final VBox form;
    private boolean updating;
    private PasteDialog lastPasteDialog;
    /** The region whose values the fields show; edits from the fields go to it, whatever is selected since. */
    private String shownRegionId;
    /** The value the name and note fields were last given: text that differs from it was typed, and stays. */
    private final Map<TextField, String> shownValues = new HashMap<>();
    /** Set while typed text is committed: the form is shown anew once all of it is in. */
    private boolean committing;
    /** True while a field holds text not committed yet: that is work to save, even before any edit. */
    private final BooleanProperty typing = new SimpleBooleanProperty(this, "typing");

    RegionEditorPane(AtlasState state, EditorModel model, Supplier<CompletableFuture<PasteListResolver>> resolver) {
        this.state = state;
        this.model = model;
        this.resolver = resolver;
        this.figures = new KeyFigureFields(state, model);
        setId("editor-pane");
        getStyleClass().add("editor-pane");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(340);

        Label heading = new Label(Messages.t("editor.pane.title"));
        heading.getStyleClass().add("editor-heading");
        region.setId("editor-region");
        region.setMaxWidth(Double.MAX_VALUE);
        region.setPromptText(Messages.t("editor.chooseRegion"));
        region.setCellFactory(l -> new RegionCell(null));
        region.setButtonCell(new RegionCell(region.getPromptText()));
        region.setOnAction(e -> {
            if (!updating && region.getValue() != null) {
                state.selectRegion(region.getValue().id());
            }
        });
        Button create = button("editor-new-region", "editor.newRegion", this::createRegion);
        Button delete = button("editor-delete-region", "editor.deleteRegion",
                () -> model.deleteRegion(state.selectedRegionIdProperty().get()));
        delete.disableProperty().bind(state.selectedRegionIdProperty().isNull());
        Button paste = button("editor-paste", "editor.pasteList", this::pasteList);

        name.setId("editor-name");
        commitOnEnterOrLeaving(name, this::commitName);
        FlowPane sectorBox = choices();
        for (Sector s : Sector.values()) {
            CheckBox box = new CheckBox(s.name());
            box.setId("editor-sector-" + s.name());
            box.setOnAction(e -> commitSectors());
            sectors.put(s, box);
            sectorBox.getChildren().add(whole(box));
        }
        regional.setToggleGroup(scope);
        national.setToggleGroup(scope);
        regional.setId("editor-scope-regional");
        national.setId("editor-scope-national");
        regional.setOnAction(e -> commitScope(Scope.REGIONAL));
        national.setOnAction(e -> commitScope(Scope.NATIONAL));
        voorloper.setId("editor-voorloper");
        voorloper.setOnAction(e -> commitVoorloper());
        voorloperNote.setId("editor-voorloper-note");
        voorloperNote.setPromptText(Messages.t("editor.voorloperNote"));
        commitOnEnterOrLeaving(voorloperNote, this::commitVoorloper);

        NamedFields fields = new NamedFields();
        // The fields take the pane's width, so a long name or voorloper note can be read whole.
        name.setMaxWidth(Double.MAX_VALUE);
        voorloperNote.setMaxWidth(Double.MAX_VALUE);
        FlowPane scopes = choices();
        scopes.getChildren().addAll(whole(regional), whole(national));
        fields.add(Messages.t("editor.name"), name);
        fields.add(Messages.t("editor.sectors"), sectorBox);
        fields.add(Messages.t("editor.scope"), scopes);
        fields.add(whole(voorloper));
        fields.add(voorloperNote);
        figures.addTo(fields, this::commitOnEnterOrLeaving, () -> updating ? null : shown());

        cases = new CaseListEditor(state, model, this::selected);
        members.setId("editor-members");

        form = new VBox(8, fields, figures.problem(), cases, members, new HBox(6, paste));
        getChildren().setAll(heading, buttonRow(create, delete), region, new ReasonField(model, state), form);

        state.atlasProperty().addListener((o, a, b) -> {
            if (!committing) {
                refresh();
            }
        });
        // What was typed for the region shown before is committed by the model first, with its reason.
        state.selectedRegionIdProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void commitOnEnterOrLeaving(TextField field, Runnable commit) {
        field.textProperty().addListener((o, was, text) -> typing.set(anyTyped()));
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    /**
     * Commits what the name, voorloper note and figure fields hold but have not committed yet (they commit on
     * Enter or on leaving the field), to the region they show: before a save, closing, another file or another
     * region, typed text must not be lost.
     *
     * @return false when a typed value was refused; the status line says why
     */
    boolean commitPending() {
        Atlas before = state.atlas();
        boolean accepted;
        committing = true;
        try {
            accepted = commitName();
            commitVoorloper();
            accepted &= figures.commitAll(updating ? null : shown());
        } finally {
            committing = false;
        }
        if (state.atlas() != before) {
            refresh();
        }
        return accepted;
    }

    /** Whether a field holds typed text that is not in the data yet. */
    ReadOnlyBooleanProperty typingProperty() {
        return typing;
    }

    private boolean anyTyped() {
        return !updating && shownValues.entrySet().stream().anyMatch(e -> !e.getKey().getText().equals(e.getValue()));
    }

    /** A button of the form, its words kept whole: in a narrow pane its row wraps ({@link #buttonRow}) instead. */
    static Button button(String id, String key, Runnable action) {
        Button b = whole(new Button(Messages.t(key)));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * Buttons abreast while they fit, else on the next line: squeezed into one row at Extra groot they read
     * "Toev… Wi… Ver…".
     */
    static FlowPane buttonRow(Node... buttons) {
        FlowPane row = new FlowPane(6, 6, buttons);
        row.setPrefWrapLength(0);
        return row;
    }

    /** Check boxes or radio buttons side by side while they fit, else wrapped: never cut to "…". */
    private static FlowPane choices() {
        FlowPane row = new FlowPane(10, 6);
        row.setPrefWrapLength(0);
        return row;
    }

    /** No narrower than its words: a check box cut to "…" no longer says which it is. */
    private static <T extends Control> T whole(T control) {
        control.setMinWidth(Control.USE_PREF_SIZE);
        return control;
    }

    private Region selected() {
        Atlas atlas = state.atlas();
        String id = state.selectedRegionIdProperty().get();
        return atlas == null || id == null ? null : atlas.region(id).orElse(null);
    }

    private Region shown() {
        Atlas atlas = state.atlas();
        return atlas == null || shownRegionId == null ? null : atlas.region(shownRegionId).orElse(null);
    }

    private void refresh() {
        updating = true;
        try {
            Atlas atlas = state.atlas();
            region.getItems().setAll(atlas == null ? List.of() : atlas.regions().stream().sorted(BY_NAME).toList());
            Region r = selected();
            region.setValue(r);
            form.setDisable(r == null);
            // Without a chosen region the form is empty: a region chosen before (perhaps just deleted) does
            // not linger in it.
            boolean sameRegion = r != null && r.id().equals(shownRegionId);
            if (!sameRegion) {
                sayWhatIsNotSaved(shown());
            }
            shownRegionId = r == null ? null : r.id();
            show(name, r == null ? "" : r.displayName(), sameRegion);
            show(voorloperNote, r == null || r.voorloperNote() == null ? "" : r.voorloperNote(), sameRegion);
            sectors.forEach((s, box) -> box.setSelected(r != null && r.serves(s)));
            scope.selectToggle(r == null ? null : r.scope() == Scope.NATIONAL ? national : regional);
            voorloper.setSelected(r != null && r.voorloper());
            figures.show(r, sameRegion, this::show);
            cases.show(r == null ? List.of() : r.cases());
            members.setText(r == null ? "" : Messages.t("editor.memberCount", r.memberCodes().size()));
        } finally {
            updating = false;
            typing.set(anyTyped());
        }
    }

    /**
     * The form leaves {@code left} (null when it is gone) with typed text that was refused for it, and which cannot
     * stay in a form showing another region: the status line says what was not saved and why, in place of the
     * complaints about a region no longer shown.
     */
    private void sayWhatIsNotSaved(Region left) {
        List<String> notSaved = new ArrayList<>(figures.leave(left));
        String typedName = name.getText();
        if (left != null && !typedName.strip().equals(left.displayName())) {
            model.refusal(a -> Edits.rename(a, left.id(), typedName, null)).ifPresent(why -> notSaved.add(0,
                    Messages.t("editor.name.notSaved", typedName, left.displayName(), why)));
        }
        if (!notSaved.isEmpty()) {
            state.statusProperty().set(String.join("; ", notSaved));
        }
    }

    /**
     * Puts the region's value in a field, but keeps what is being typed there for the same region, and an entry
     * that was refused: committing another field must not silently wipe it.
     */
    private void show(TextField field, String value, boolean sameRegion) {
        boolean typing = field.isFocused() && !field.getText().equals(shownValues.get(field));
        boolean refused = field.getStyleClass().contains(KeyFigureFields.INVALID);
        if (!sameRegion || !(typing || refused)) {
            field.setText(value);
        }
        shownValues.put(field, value);
    }

    /** @return false when the typed name was refused */
    private boolean commitName() {
        Region r = shown();
        if (updating || r == null || name.getText().strip().equals(r.displayName())) {
            return true;
        }
        return model.perform(a -> Edits.rename(a, r.id(), name.getText(), model.reason()));
    }

    private void commitSectors() {
        Region r = selected();
        if (updating || r == null) {
            return;
        }
        Set<Sector> chosen = EnumSet.noneOf(Sector.class);
        sectors.forEach((s, box) -> {
            if (box.isSelected()) {
                chosen.add(s);
            }
        });
        model.perform(a -> Edits.setSectors(a, r.id(), chosen, model.reason()));
    }

    private void commitScope(Scope s) {
        Region r = selected();
        if (!updating && r != null) {
            model.perform(a -> Edits.setScope(a, r.id(), s, model.reason()));
        }
    }

    private void commitVoorloper() {
        Region r = shown();
        if (!updating && r != null) {
            model.perform(a -> Edits.setVoorloper(a, r.id(), voorloper.isSelected(), voorloperNote.getText(),
                    model.reason()));
        }
    }

    private void createRegion() {
        Set<Sector> sector = Set.of(state.sectorProperty().get());
        NewRegionDialog d = new NewRegionDialog(state.sectorProperty().get().name(),
                n -> model.refusal(a -> Edits.createRegion(a, n, sector)));
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.showAndWait().ifPresent(n -> {
            int before = state.atlas().regions().size();
            if (model.perform(a -> Edits.createRegion(a, n, sector))) {
                var regions = state.atlas().regions();
                if (regions.size() > before) {
                    state.selectedRegionIdProperty().set(regions.get(regions.size() - 1).id());
                }
            }
        });
    }

    /** Opens the paste dialog for the selected region. */
    void pasteList() {
        Region r = selected();
        if (r == null) {
            model.askForRegion();
            return;
        }
        PasteDialog d = pasteDialog(r);
        lastPasteDialog = d;
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.showAndWait().ifPresent(codes -> {
            List<String> named = d.model().namedMembers();
            if (codes.isEmpty() && !named.isEmpty()) {
                // Nothing to add is no edit, but the editor who pressed Add is told so rather than left guessing.
                state.statusProperty().set(Messages.t("editor.paste.allMembers", named.size(), r.displayName()));
            } else if (!codes.isEmpty()) {
                model.perform(a -> Edits.addMembers(a, r.id(), codes, model.reason(), model.loaded()));
            }
        });
    }

    /** The paste dialog opened last, for tests that drive it. */
    PasteDialog lastPasteDialog() {
        return lastPasteDialog;
    }

    PasteDialog pasteDialog(Region r) {
        return new PasteDialog(new PasteListModel(state.atlas(), resolver.get(), r), r.displayName());
    }

    private static final class RegionCell extends ListCell<Region> {
        /**
         * What the chooser says with no region chosen: once a choice ends (Esc), JavaFX leaves a button cell of one's
         * own blank instead of showing the prompt again.
         */
        private final String none;

        RegionCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(Region item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : item.displayName());
        }
    }
}
