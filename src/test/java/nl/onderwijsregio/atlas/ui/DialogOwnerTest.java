package nl.onderwijsregio.atlas.ui;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** For tests of a dialog: an empty window that owns it, as the atlas's main window would. */
@ExtendWith(ApplicationExtension.class)
public abstract class DialogOwnerTest {

    protected Stage stage;

    @BeforeEach
    void openOwner() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 600, 400));
            s.show();
        });
    }
}
