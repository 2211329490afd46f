package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;

/**
 * {@code bench}: the performance benchmarks. They live with the tests because they draw through the
 * headless JavaFX platform (Monocle), which the shipped application does not carry; the command line
 * reaches them when the test classes are on the class path, as they are under {@code mvn exec:java}.
 */
final class BenchCommand implements AtlasCli.Command {

    static final String RUNNER = "nl.onderwijsregio.atlas.bench.Bench";

    /** The benchmark's name and its own arguments, passed on as they are. */
    @Override
    public int words() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err) {
        CliText text = CliText.of(options);
        // The measurements are defined for the software pipeline without a display.
        System.setProperty("prism.order", "sw");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("java.awt.headless", "true");
        options.value("data").ifPresent(dir -> System.setProperty("atlas.data.dir", dir));
        Class<?> runner;
        try {
            runner = Class.forName(RUNNER);
        } catch (ClassNotFoundException e) {
            err.println(text.t("cli.bench.notOnClassPath"));
            return 2;
        }
        try {
            runner.getMethod("main", String[].class)
                    .invoke(null, (Object) options.positional().toArray(String[]::new));
            return 0;
        } catch (InvocationTargetException e) {
            err.println(text.t("cli.bench.failed", e.getCause()));
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println(text.t("cli.bench.unusable", e));
            return 2;
        }
    }
}
