package nl.onderwijsregio.atlas.ui.prefs;

import nl.onderwijsregio.atlas.ui.DialogButtons;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.ui.Appearance;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.DialogFit;
import nl.onderwijsregio.atlas.ui.TextSize;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The Settings menu: language, appearance, text size, reduced motion and the editor's name. Appearance,
 * text size and motion apply at once through {@link AtlasState}; the language applies at the next start, since
 * every view reads its texts when it is built.
 */
final class SettingsMenu {

    private final AtlasState state;
    private final Stage stage;
    private final AtlasPreferences prefs;

    SettingsMenu(AtlasState state, Stage stage, AtlasPreferences prefs) {
        this.state = state;
        this.stage = stage;
        this.prefs = prefs;
    }

    void addTo(Menu menu) {
        menu.getItems().addAll(languageMenu(), appearanceMenu(), textSizeMenu(), motionItem(), new SeparatorMenuItem(),
                editorItem());
    }

    private Menu languageMenu() {
        Menu language = new Menu(Messages.t("settings.language"));
        language.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : new Locale[] {Messages.DUTCH, Messages.ENGLISH}) {
            RadioMenuItem item = new RadioMenuItem(Messages.t("settings.language." + locale.getLanguage()));
            item.setId("language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(prefs.language().equals(locale));
            item.setOnAction(e -> chooseLanguage(locale));
            language.getItems().add(item);
        }
        return language;
    }

    private void chooseLanguage(Locale locale) {
        if (prefs.language().equals(locale)) {
            return;
        }
        prefs.setLanguage(locale);
        prefs.flush();
        // Said in the chosen language: that is the one the user reads best.
        Messages chosen = new Messages(locale);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(Messages.withoutMnemonic(chosen.text("settings.language")));
        alert.setHeaderText(chosen.text("settings.language.changed"));
        alert.setContentText(chosen.text("settings.language.restart"));
        // OK in the language in use now: the new one only applies after a restart.
        DialogButtons.localise(alert.getDialogPane());
        alert.show();
    }

    private Menu appearanceMenu() {
        return choiceMenu("settings.appearance", "appearance", Appearance.values(), state.appearanceProperty());
    }

    private Menu textSizeMenu() {
        return choiceMenu("settings.textSize", "text-size", TextSize.values(), state.textSizeProperty());
    }

    /** One radio item per choice, named by {@code key}.{@code choice}, following {@code chosen} both ways. */
    private static <E extends Enum<E>> Menu choiceMenu(String key, String id, E[] choices, ObjectProperty<E> chosen) {
        Menu menu = new Menu(Messages.t(key));
        menu.setId(id + "-menu");
        ToggleGroup group = new ToggleGroup();
        for (E choice : choices) {
            String name = choice.name().toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(Messages.t(key + "." + name));
            item.setId(id + "-" + name.replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(chosen.get() == choice);
            item.setOnAction(e -> chosen.set(choice));
            chosen.addListener((o, old, now) -> item.setSelected(now == choice));
            menu.getItems().add(item);
        }
        return menu;
    }

    private CheckMenuItem motionItem() {
        CheckMenuItem item = new CheckMenuItem(Messages.t("settings.reducedMotion"));
        item.setId("reduced-motion");
        item.selectedProperty().bindBidirectional(state.reducedMotionProperty());
        return item;
    }

    private MenuItem editorItem() {
        MenuItem item = new MenuItem(Messages.t("settings.editorName"));
        item.setId("settings-editor-name");
        item.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(state.editorNameProperty().get());
            dialog.initOwner(stage);
            dialog.setTitle(Messages.t("settings.editorName.title"));
            dialog.setHeaderText(Messages.t("settings.editorName.header"));
            dialog.setContentText(Messages.t("settings.editorName.label"));
            DialogButtons.localise(dialog.getDialogPane());
            DialogFit.keepWithinScreen(dialog);
            dialog.showAndWait().ifPresent(name -> state.editorNameProperty().set(name.strip()));
        });
        return item;
    }
}
