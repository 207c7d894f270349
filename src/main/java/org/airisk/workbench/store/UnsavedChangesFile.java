package org.airisk.workbench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.questionnaire.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal of unsaved changes: {@value #FILE_NAME} in the data folder, private to the user. Space for it is
 * reserved when the library opens ({@value #RESERVED} bytes of zeros), so that it can still be written when the disk
 * has filled up meanwhile: each write overwrites the file from its start (a header with the length, then the JSON)
 * without making it grow, unless the changes outgrow the reserve.
 */
public final class UnsavedChangesFile implements UnsavedChanges {
    public static final String FILE_NAME = "unsaved-changes.journal";
    static final int RESERVED = 1024 * 1024;
    private static final int MAGIC = 0x41524a31; // "ARJ1"
    private static final int HEADER = 8;
    private static final Logger LOG = LoggerFactory.getLogger(UnsavedChangesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** Reserves the journal's space now, while there is space; a failure only means no reserve. */
    public UnsavedChangesFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        try {
            if (!Files.exists(file) || Files.size(file) < RESERVED) {
                try (FileChannel channel =
                        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    long size = channel.size();
                    if (size < RESERVED) {
                        channel.write(ByteBuffer.allocate((int) (RESERVED - size)), size);
                    }
                    channel.force(true);
                }
            }
            PrivateFiles.restrictQuietly(file);
        } catch (IOException e) {
            LOG.warn(
                    "No space reserved for the journal of unsaved changes: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void keep(UUID assessment, List<Change> changes) {
        List<Change> all = new ArrayList<>(
                read().stream().filter(c -> !c.assessment().equals(assessment)).toList());
        all.addAll(changes);
        byte[] payload = encode(all);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + payload.length);
        buffer.putInt(MAGIC).putInt(payload.length).put(payload).flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException(
                    "Could not keep the unsaved changes in " + file + " (" + e.getMessage()
                            + "); they are still on screen.",
                    e);
        }
    }

    @Override
    public synchronized List<Change> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            if (channel.read(header, 0) < HEADER || header.getInt(0) != MAGIC) {
                return List.of(); // the reserve as made: nothing kept yet
            }
            int length = header.getInt(4);
            if (length <= 0 || length > channel.size() - HEADER) {
                return List.of();
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            while (payload.hasRemaining() && channel.read(payload, HEADER + payload.position()) > 0) {
                // read on
            }
            return decode(new String(payload.array(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "The journal of unsaved changes could not be read: {}",
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static byte[] encode(List<Change> changes) {
        ArrayNode list = JSON.createArrayNode();
        for (Change c : changes) {
            ObjectNode node = list.addObject()
                    .put("assessment", c.assessment().toString())
                    .put("question", c.questionId());
            if (c.isNote()) {
                node.put("note", c.note());
            } else {
                answer(node, c.answer());
            }
        }
        return list.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(ObjectNode node, Answer a) {
        if (a instanceof Answer.Choice c) {
            node.put("kind", "choice").put("value", c.option());
        } else if (a instanceof Answer.Choices c) {
            node.put("kind", "choices").put("value", StoredAnswer.encodeOptions(c.options()));
        } else if (a instanceof Answer.Text t) {
            node.put("kind", "text").put("value", t.text());
        } else if (a instanceof Answer.Number n) {
            node.put("kind", "number").put("value", n.value().toPlainString());
        } else if (a instanceof Answer.Scale s) {
            node.put("kind", "scale").put("value", Integer.toString(s.point()));
        } else if (a instanceof Answer.Date d) {
            node.put("kind", "date").put("value", d.value().toString());
        } else {
            node.put("kind", "none");
        }
    }

    private static List<Change> decode(String text) throws IOException {
        List<Change> changes = new ArrayList<>();
        for (JsonNode n : JSON.readTree(text)) {
            UUID assessment = UUID.fromString(n.get("assessment").asText());
            String question = n.get("question").asText();
            if (n.has("note")) {
                changes.add(Change.note(assessment, question, n.get("note").asText()));
                continue;
            }
            String value = n.path("value").asText();
            Answer answer = switch (n.get("kind").asText()) {
                case "choice" -> new Answer.Choice(value);
                case "choices" -> new Answer.Choices(StoredAnswer.decodeOptions(value));
                case "text" -> new Answer.Text(value);
                case "number" -> new Answer.Number(new BigDecimal(value));
                case "scale" -> new Answer.Scale(Integer.parseInt(value));
                case "date" -> new Answer.Date(LocalDate.parse(value));
                default -> null;
            };
            changes.add(Change.answer(assessment, question, answer));
        }
        return changes;
    }
}
