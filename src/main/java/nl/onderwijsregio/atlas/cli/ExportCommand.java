package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import nl.onderwijsregio.atlas.core.check.Validator;
import nl.onderwijsregio.atlas.core.data.CsvExport;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.export.ExportFile;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.summary.FigureCaveats;

/** {@code export memberships|figures --format csv [--out FILE]}. */
final class ExportCommand implements AtlasCli.Command {

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "out");
    }

    /** What to export: memberships or figures. */
    @Override
    public int words() {
        return 1;
    }

    @Override
    public int run(AtlasCli.Options options, PrintStream out, PrintStream err)
            throws DataLoadException, ExportNotWritten {
        CliText text = CliText.of(options);
        String what = options.positional(0);
        String format = options.value("format").orElse("csv");
        // As render takes PNG for png.
        if (!"csv".equalsIgnoreCase(format.strip())) {
            throw new IllegalArgumentException(text.t("cli.export.unknownFormat", format));
        }
        if (!"memberships".equals(what) && !"figures".equals(what)) {
            throw new IllegalArgumentException(text.t("cli.export.what"));
        }
        Atlas atlas = AtlasCli.load(options, null, err);
        String csv = "memberships".equals(what) ? CsvExport.memberships(atlas) : CsvExport.figures(atlas,
                FigureCaveats.doubtsByRegion(atlas.regions(), new Validator().validate(atlas), text.locale()));
        var target = options.value("out");
        if (target.isPresent()) {
            Path file = AtlasCli.outFile(target.get(), text);
            ExportFile.write(csv.getBytes(StandardCharsets.UTF_8), file);
            err.println(text.t("cli.export.wrote", file));
        } else {
            out.print(csv);
        }
        return 0;
    }
}
