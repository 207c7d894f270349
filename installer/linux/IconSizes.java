import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Writes the app icon at the sizes desktops ask the hicolor theme for (48, 64, 128, 256 ...), each scaled down from
 * the 512-pixel original by area averaging. Run as a single-file program by build.sh:
 * {@code java IconSizes.java icon.png usr/share/icons/hicolor name 48 64 128 256}.
 */
public final class IconSizes {
    public static void main(String[] args) throws IOException {
        BufferedImage original = ImageIO.read(new File(args[0]));
        File theme = new File(args[1]);
        String name = args[2];
        for (int i = 3; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            Image scaled = original.getScaledInstance(size, size, Image.SCALE_AREA_AVERAGING);
            BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            var g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(scaled, 0, 0, null);
            g.dispose();
            File dir = new File(theme, size + "x" + size + "/apps");
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IOException("cannot create " + dir);
            }
            ImageIO.write(out, "png", new File(dir, name + ".png"));
        }
    }
}
