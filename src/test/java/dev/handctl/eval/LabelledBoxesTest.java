package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.hand.PixelBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading boxes.csv, on small made-up files in the shared data's column layout. */
class LabelledBoxesTest {
  @TempDir
  Path dir;

  private Path csv(String... lines) throws Exception {
    return Files.write(dir.resolve("boxes.csv"), List.of(lines));
  }

  @Test
  void readsTheSharedLayoutWithSeveralHandsPerImage() throws Exception {
    Path f = csv("local_file,orig_filename,width,height,class,gesture,xmin,ymin,xmax,ymax",
        "fist/a.jpg,a.jpg,800,600,0-hand,fist,285,143,390,308",
        "fist/a.jpg,a.jpg,800,600,0-hand,fist,10,20,30,40",
        "",
        "four/b.jpg,b.jpg,800,600,0-hand,four,1,2,3,4");
    Map<String, List<PixelBox>> boxes = LabelledBoxes.read(f);
    assertThat(boxes).containsOnlyKeys("fist/a.jpg", "four/b.jpg");
    assertThat(boxes.get("fist/a.jpg")).containsExactly(new PixelBox(285, 143, 390, 308), new PixelBox(10, 20, 30, 40));
  }

  @Test
  void columnsAreFoundByNameInAnyOrder() throws Exception {
    Path f = csv("\uFEFFymax,xmax,ymin,xmin,local_file", "40,30,20,10,x/y.png");
    assertThat(LabelledBoxes.read(f).get("x/y.png")).containsExactly(new PixelBox(10, 20, 30, 40));
  }

  @Test
  void aMalformedLineIsNamedWithWhatWasExpected() throws Exception {
    assertThatThrownBy(() -> LabelledBoxes.read(csv("local_file,xmin,ymin,xmax,ymax", "a.jpg,1,2,abc,4")))
        .isInstanceOf(EvalInputException.class).hasMessageContaining("boxes.csv:2")
        .hasMessageContaining("xmax is \"abc\"; expected a number of pixels");
    assertThatThrownBy(() -> LabelledBoxes.read(csv("local_file,xmin,ymin,xmax,ymax", "a.jpg,1,2,3")))
        .hasMessageContaining("boxes.csv:2: 4 fields; expected 5");
    assertThatThrownBy(() -> LabelledBoxes.read(csv("file,xmin,ymin,xmax,ymax")))
        .hasMessageContaining("boxes.csv:1: no column local_file");
    assertThatThrownBy(() -> LabelledBoxes.read(csv("local_file,xmin,ymin,xmax,ymax", "a.jpg,5,2,3,4")))
        .hasMessageContaining("is empty; expected xmax > xmin");
    assertThatThrownBy(() -> LabelledBoxes.read(csv())).hasMessageContaining("empty; expected a header line");
  }
}
