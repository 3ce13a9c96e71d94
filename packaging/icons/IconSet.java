import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Firebreak icon (a flame cut by a clear band on a slate tile) as vectors at every size the installers
 * need, so each size is sharp: PNGs 16–512 (Linux, the window icon), {@code .ico} (Windows) and {@code .icns} (macOS).
 * Run from the repository root: {@code java packaging/icons/IconSet.java assets/icons}.
 */
public class IconSet {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "assets/icons"));
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            pngs.put(size, png(draw(size)));
            Files.write(dir.resolve("firebreak-" + size + ".png"), pngs.get(size));
        }
        pngs.put(1024, png(draw(1024)));
        Files.write(dir.resolve("firebreak.ico"), ico(pngs, 16, 24, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("firebreak.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0); // drawn on a 100 x 100 grid
        g.setColor(new Color(0x1e293b));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        Area flame = new Area(flame());
        flame.subtract(new Area(AffineTransform.getRotateInstance(Math.toRadians(-12), 50, 58)
                .createTransformedShape(new Rectangle2D.Double(0, 55, 100, 9)))); // the break
        g.setPaint(new GradientPaint(0, 18, new Color(0xfbbf24), 0, 86, new Color(0xdc2626)));
        g.fill(flame);
        g.setColor(new Color(0x22c55e));
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(AffineTransform.getRotateInstance(Math.toRadians(-12), 50, 58)
                .createTransformedShape(new java.awt.geom.Line2D.Double(22, 59.5, 78, 59.5)));
        g.dispose();
        return image;
    }

    static Path2D flame() {
        Path2D p = new Path2D.Double();
        p.moveTo(50, 14);
        p.curveTo(58, 30, 76, 40, 74, 62);
        p.curveTo(72, 78, 62, 86, 50, 86);
        p.curveTo(38, 86, 27, 78, 26, 63);
        p.curveTo(25, 50, 33, 44, 36, 34);
        p.curveTo(40, 42, 42, 46, 44, 47);
        p.curveTo(44, 34, 46, 24, 50, 14);
        p.closePath();
        return p;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(0);
            out.byte8(0);
            out.short16(1);
            out.short16(32);
            out.int32(pngs.get(size).length);
            out.int32(offset);
            offset += pngs.get(size).length;
        }
        for (int size : sizes) {
            bytes.write(pngs.get(size));
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries (macOS 10.7 and later), big-endian. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            out.writeBytes(type.getKey());
            out.writeInt(8 + png.length);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    record LittleEndian(ByteArrayOutputStream out) {
        void byte8(int value) {
            out.write(value);
        }

        void short16(int value) {
            out.write(value & 0xff);
            out.write(value >>> 8 & 0xff);
        }

        void int32(int value) {
            short16(value & 0xffff);
            short16(value >>> 16);
        }
    }
}
