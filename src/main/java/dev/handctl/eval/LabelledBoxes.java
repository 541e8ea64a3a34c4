package dev.handctl.eval;

import dev.handctl.hand.PixelBox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labelled hand boxes of a photo folder: a CSV file with a header line naming at least the
 * columns {@code local_file} (the image, relative to the CSV's folder, {@code /} between folders),
 * {@code xmin}, {@code ymin}, {@code xmax}, {@code ymax} (pixels), in any order, one line per hand,
 * as in the shared test data's {@code subhih-webcam/boxes.csv}. Other columns are ignored. No
 * quoting: a comma always separates fields.
 */
public final class LabelledBoxes {
  /** The file name looked for in a photo folder. */
  public static final String FILE_NAME = "boxes.csv";

  private static final List<String> REQUIRED = List.of("local_file", "xmin", "ymin", "xmax", "ymax");

  private LabelledBoxes() {}

  /**
   * Reads the boxes.
   *
   * @param csv the file
   * @return per image (as written in the file, {@code /}-separated), its boxes in file order
   * @throws EvalInputException when the file cannot be read or a line is malformed; names the line
   */
  public static Map<String, List<PixelBox>> read(Path csv) throws EvalInputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalInputException(csv + ": cannot read (" + e.getMessage() + ")");
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new EvalInputException(csv + ": empty; expected a header line with the columns " + REQUIRED);
    }
    List<String> header = Arrays.stream(strip(lines.get(0)).split(",", -1))
        .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int[] column = new int[REQUIRED.size()];
    for (int i = 0; i < REQUIRED.size(); i++) {
      column[i] = header.indexOf(REQUIRED.get(i));
      if (column[i] < 0) {
        throw new EvalInputException(csv + ":1: no column " + REQUIRED.get(i) + "; expected a header line with"
            + " the columns " + REQUIRED + ", got " + header);
      }
    }
    Map<String, List<PixelBox>> boxes = new LinkedHashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String where = csv + ":" + (n + 1);
      String[] f = line.split(",", -1);
      if (f.length != header.size()) {
        throw new EvalInputException(where + ": " + f.length + " fields; expected " + header.size()
            + " as in the header");
      }
      String image = f[column[0]].strip().replace('\\', '/');
      if (image.isEmpty()) {
        throw new EvalInputException(where + ": local_file is empty; expected the image's path");
      }
      double[] v = new double[4];
      for (int i = 0; i < 4; i++) {
        String s = f[column[i + 1]].strip();
        try {
          v[i] = Double.parseDouble(s);
        } catch (NumberFormatException e) {
          v[i] = Double.NaN;
        }
        if (!Double.isFinite(v[i])) {
          throw new EvalInputException(where + ": " + REQUIRED.get(i + 1) + " is \"" + s
              + "\"; expected a number of pixels");
        }
      }
      if (!(v[2] > v[0] && v[3] > v[1])) {
        throw new EvalInputException(where + ": box " + Arrays.toString(v) + " is empty; expected xmax > xmin"
            + " and ymax > ymin");
      }
      boxes.computeIfAbsent(image, k -> new ArrayList<>()).add(new PixelBox(v[0], v[1], v[2], v[3]));
    }
    return boxes;
  }

  /** The header without a byte-order mark (spreadsheets write one). */
  private static String strip(String header) {
    return header.startsWith("\uFEFF") ? header.substring(1) : header;
  }
}
