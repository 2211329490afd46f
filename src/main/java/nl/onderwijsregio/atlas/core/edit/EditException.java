package nl.onderwijsregio.atlas.core.edit;

/** An edit that cannot be applied to the current snapshot, with a message that says why. */
public class EditException extends RuntimeException {

    public EditException(String message) {
        super(message);
    }
}
