package nl.onderwijsregio.atlas.core.edit;

import java.util.Arrays;
import java.util.List;

/**
 * An edit that cannot be applied to the current snapshot, with the {@link EditProblem} that says why. The
 * user reads {@link #description()} in their language; {@link #getMessage()} is for logs only.
 */
public class EditException extends RuntimeException {

    private final EditProblem problem;
    private final List<Object> args;

    public EditException(EditProblem problem, Object... args) {
        super(problem.name() + " " + Arrays.toString(args));
        this.problem = problem;
        // A missing id or code is still worth telling about; Description takes no nulls.
        this.args = Arrays.stream(args).map(a -> a == null ? "" : a).toList();
    }

    public EditProblem problem() {
        return problem;
    }

    /** The reason as a message key and its arguments, for the UI to word. */
    public Description description() {
        return new Description(problem.key(), args);
    }
}
