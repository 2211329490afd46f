package nl.onderwijsregio.atlas.ui.export;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.DialogButtons;
import nl.onderwijsregio.atlas.ui.DialogOwners;

/** A small window following a running task: its message, a progress bar and a Cancel button. */
final class ProgressWindow {

    private final Stage stage = new Stage();

    ProgressWindow(Window owner, String title, Task<?> task) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        DialogOwners.centreOverOwner(stage);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(DialogButtons.cancel().getText());
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
        task.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                stage.close();
            }
        });
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
