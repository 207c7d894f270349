package org.airisk.workbench.reportdata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportLogos;

/**
 * The client's logo printed on every report's cover (Edit › Report settings). The chosen image is copied into the
 * data folder, so a report still carries it after the original file is moved, and a backup of the folder keeps it.
 */
public final class ReportLogo implements ReportLogos {
    /** A logo is a few kilobytes; 2 MB leaves room for a high-resolution one and keeps reports small enough to mail. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    static final String FILE = "report-logo";

    private final Path file;

    public ReportLogo(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The logo set now, if any. */
    @Override
    public Optional<ReportContent.Logo> current() {
        try {
            return Optional.of(read(Files.readAllBytes(file), "the report logo"));
        } catch (IOException | IllegalArgumentException e) {
            // none set; or one that cannot be read leaves the cover without it rather than stopping every report
            return Optional.empty();
        }
    }

    /**
     * Reads a file the user chose, refusing with one sentence what no report could print.
     *
     * @throws IllegalArgumentException naming the problem and what to do
     */
    public static ReportContent.Logo check(Path chosen) {
        String name = "\u201c" + chosen.getFileName() + "\u201d";
        try {
            if (Files.size(chosen) > MAX_BYTES) {
                throw new UserFacingProblem("The image " + name + " is larger than 2 MB: choose a smaller "
                        + "file, or save the logo at a lower resolution.");
            }
            return read(Files.readAllBytes(chosen), name);
        } catch (IOException e) {
            throw new UserFacingProblem(
                    "Could not read " + name + ": check that the file exists and that " + "you may open it.", e);
        }
    }

    @Override
    public ReportContent.Logo checked(Path chosen) {
        return check(chosen);
    }

    /** Copies the chosen image into the data folder, replacing the logo set before. */
    @Override
    public ReportContent.Logo choose(Path chosen) {
        ReportContent.Logo logo = check(chosen);
        AtomicFile.write(file, "the report logo", temp -> Files.write(temp, logo.image()));
        return logo;
    }

    /** Reports carry no logo from now on. */
    @Override
    public void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException(
                    "Could not remove the report logo (" + e.getMessage() + "). Check that "
                            + "you may change files in the data folder.",
                    e);
        }
    }

    private static ReportContent.Logo read(byte[] bytes, String name) {
        String type = mediaType(bytes);
        BufferedImage image = null;
        if (type != null) {
            try {
                image = ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                image = null;
            }
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new UserFacingProblem(
                    "The file " + name + " is not a PNG or JPEG image: choose the logo " + "as a .png or .jpg file.");
        }
        return new ReportContent.Logo(bytes, type, image.getWidth(), image.getHeight());
    }

    /** By the file's first bytes, not its name: a renamed file is what it is. */
    private static String mediaType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
