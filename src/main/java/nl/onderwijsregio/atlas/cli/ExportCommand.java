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

/** {@code export memberships|figures --format csv [--out FILE] [--excel]}. */
final class ExportCommand implements AtlasCli.Command {

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "out");
    }

    /** A byte-order mark before the UTF-8, for a file opened in Excel by a double click. */
    @Override
    public Set<String> switches() {
        return Set.of("excel");
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
        // Without the mark Excel reads UTF-8 as Windows-1252: "Súdwest-Fryslân" would open as "SÃºdwest-FryslÃ¢n".
        byte[] bytes = options.flag("excel") ? CsvExport.utf8ForExcel(csv) : csv.getBytes(StandardCharsets.UTF_8);
        var target = options.value("out");
        if (target.isPresent()) {
            Path file = AtlasCli.outFile(target.get(), text);
            ExportFile.write(bytes, file);
            err.println(text.t("cli.export.wrote", file));
        } else {
            out.write(bytes, 0, bytes.length);
            out.flush();
        }
        return 0;
    }
}
