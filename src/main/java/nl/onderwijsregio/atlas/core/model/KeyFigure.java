package nl.onderwijsregio.atlas.core.model;

/** The five key figures printed on every region card, in the card's order. */
public enum KeyFigure {
    LEERLINGEN_STUDENTEN("leerlingenStudenten", "leerlingen_studenten", null),
    BESTUREN_PO("besturenPo", "besturen_po", Sector.PO),
    BESTUREN_VO("besturenVo", "besturen_vo", Sector.VO),
    MBO_INSTELLINGEN("mboInstellingen", "mbo_instellingen", Sector.MBO),
    OPLEIDERS("opleiders", "opleiders", null);

    private final String jsonKey;
    private final String csvColumn;
    private final Sector impliedSector;

    KeyFigure(String jsonKey, String csvColumn, Sector impliedSector) {
        this.jsonKey = jsonKey;
        this.csvColumn = csvColumn;
        this.impliedSector = impliedSector;
    }

    /** Key in {@code onderwijsregios.json}. */
    public String jsonKey() {
        return jsonKey;
    }

    /** Column name in CSV exports. */
    public String csvColumn() {
        return csvColumn;
    }

    /** The sector a non-zero value of this figure implies, or null for sector-neutral figures. */
    public Sector impliedSector() {
        return impliedSector;
    }
}
