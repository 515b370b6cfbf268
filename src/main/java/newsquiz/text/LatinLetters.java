package newsquiz.text;

/**
 * Latin spellings of letters that carry no separable diacritic, so Unicode decomposition alone
 * cannot reduce them to ASCII: ø is not "o + stroke" to NFD. Shared by answer normalisation and
 * the ASCII fallback for terminals, so both agree that "Əliyev" reads "Aliyev".
 *
 * <p>Ə/ə becomes A/a, the standard English romanisation of Azerbaijani (Əliyev → Aliyev,
 * Heydər → Heydar), rather than E/e.
 */
public final class LatinLetters {

    private LatinLetters() {
    }

    /** The Latin spelling of {@code codePoint}, keeping its case, or null when it has none. */
    public static String spell(int codePoint) {
        switch (codePoint) {
            case 'ə': return "a";
            case 'Ə': return "A";
            case 'ı': return "i";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'đ': case 'ð': return "d";
            case 'Đ': case 'Ð': return "D";
            case 'ħ': return "h";
            case 'Ħ': return "H";
            case 'ŧ': return "t";
            case 'Ŧ': return "T";
            case 'ß': return "ss";
            case 'ẞ': return "SS";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case 'þ': return "th";
            case 'Þ': return "TH";
            default: return null;
        }
    }
}
