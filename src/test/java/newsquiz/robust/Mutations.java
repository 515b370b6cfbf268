package newsquiz.robust;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Random damage to a file's bytes, of the kinds real files suffer: flips, cuts, truncation, splices. */
public final class Mutations {

    private static final byte[] JSON_BITS = "{}[],:\"\\0-1e9truefalsenull \n\u00e9".getBytes(StandardCharsets.UTF_8);

    private Mutations() {
    }

    public static byte[] mutate(byte[] input, Random random, int times) {
        byte[] b = input.clone();
        for (int t = 0; t < times; t++) {
            int at = random.nextInt(Math.max(1, b.length));
            switch (random.nextInt(5)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(20)), new byte[0]);
                case 2 -> b = splice(b, at, at, new byte[] {JSON_BITS[random.nextInt(JSON_BITS.length)]});
                case 3 -> b = Arrays.copyOf(b, at);
                default -> {
                    int from = random.nextInt(Math.max(1, b.length));
                    int len = Math.min(b.length - from, random.nextInt(60));
                    b = splice(b, at, at, Arrays.copyOfRange(b, from, from + len));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
