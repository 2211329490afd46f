package nl.onderwijsregio.atlas.core.check;

/**
 * A finding argument that is itself a text of the check bundle (e.g. the name of a key figure), so it
 * is translated along with the sentence around it.
 */
public record TextKey(String key) {

    @Override
    public String toString() {
        return key;
    }
}
