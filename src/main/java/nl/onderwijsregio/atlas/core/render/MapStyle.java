package nl.onderwijsregio.atlas.core.render;

/**
 * The colours of the map. Calm basemap tones so the regions carry the colour; {@code gapHatch} is the
 * neutral grey of the cross-hatch over a municipality no region covers, which must stand out from the
 * land and the neighbouring countries without looking like a region's colour. {@code labourMarketBorder}
 * is the dashed line of a labour-market border: a deep magenta that no region fill has, so it stays
 * apart from the dark region outlines it often runs along. The dark map's is a brighter magenta: the dash must show
 * on the light region fills and on the dark land alike, so it sits between them in lightness (2:1 from each at least)
 * and stands out by its hue.
 */
public record MapStyle(Rgb sea, Rgb foreignLand, Rgb land, Rgb provinceBorder, Rgb municipalityBorder,
                       Rgb text, Rgb textHalo, Rgb gapHatch, Rgb labourMarketBorder) {

    public static MapStyle light() {
        return new MapStyle(Rgb.hex("#dfe9f0"), Rgb.hex("#f1efe9"), Rgb.hex("#fbfaf7"), Rgb.hex("#9aa3ad"),
                Rgb.hex("#8a929b"), Rgb.hex("#1f2933"), Rgb.hex("#ffffff"), Rgb.hex("#7b848e"), Rgb.hex("#9c1f6e"));
    }

    /** The dark look when {@code dark} (presenter mode's, the command line's --dark, an export's), else the light. */
    public static MapStyle of(boolean dark) {
        return dark ? dark() : light();
    }

    public boolean isDark() {
        return equals(dark());
    }

    public static MapStyle dark() {
        return new MapStyle(Rgb.hex("#111a22"), Rgb.hex("#232a31"), Rgb.hex("#2e363e"), Rgb.hex("#66717c"),
                Rgb.hex("#59636d"), Rgb.hex("#f3f5f7"), Rgb.hex("#0b1015"), Rgb.hex("#8d98a3"), Rgb.hex("#c0108a"));
    }
}
