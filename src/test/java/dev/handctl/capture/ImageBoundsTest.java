package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.testing.Slow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images whose header declares too many pixels are refused before decoding; the others still read. */
@Slow
class ImageBoundsTest {
  @TempDir
  Path dir;

  /** A PNG of a few bytes whose IHDR (with a correct CRC) declares a picture of the given size. */
  static byte[] pngHeader(int width, int height) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    DataOutputStream c = new DataOutputStream(chunk);
    c.writeBytes("IHDR");
    c.writeInt(width);
    c.writeInt(height);
    c.write(new byte[] {8, 2, 0, 0, 0});
    out.writeInt(13);
    out.write(chunk.toByteArray());
    CRC32 crc = new CRC32();
    crc.update(chunk.toByteArray());
    out.writeInt((int) crc.getValue());
    out.write(new byte[64]); // no IDAT: nothing a decoder could use
    return bytes.toByteArray();
  }

  static void writeImage(Path file, String format, int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    image.setRGB(w / 2, h / 2, 0xff8040);
    assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
  }

  @Test
  void aPngHeaderClaiming60000x60000IsRefusedAndItsNeighboursStillRead() throws Exception {
    Path huge = dir.resolve("b-huge.png");
    Files.write(huge, pngHeader(60_000, 60_000));
    Path png = dir.resolve("a.png");
    Path jpg = dir.resolve("c.jpg");
    writeImage(png, "png", 64, 48);
    writeImage(jpg, "jpg", 80, 60);
    StillImageReader reader = new StillImageReader();
    assertThat(reader.read(png).width()).isEqualTo(64);
    assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(ImageReadException.class)
        .hasMessageContaining("b-huge.png").hasMessageContaining("60000x60000")
        .hasMessageContaining("8192 px a side");
    assertThat(reader.read(jpg).height()).isEqualTo(60);
  }

  @Test
  void theLimitIsASettingAndBothSidesCount() throws Exception {
    Path wide = dir.resolve("wide.png");
    writeImage(wide, "png", 300, 20);
    assertThat(new StillImageReader(300).read(wide).width()).isEqualTo(300);
    assertThatThrownBy(() -> new StillImageReader(299).read(wide)).hasMessageContaining("300x20")
        .hasMessageContaining("299 px");
  }

  @Test
  void aWebpHeaderIsReadWithoutADecoder() throws Exception {
    Path webp = dir.resolve("x.webp");
    byte[] b = new byte[40];
    System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
    System.arraycopy("WEBPVP8X".getBytes(), 0, b, 8, 8);
    int w = 40_000 - 1;
    b[24] = (byte) w;
    b[25] = (byte) (w >> 8);
    b[26] = (byte) (w >> 16);
    b[27] = 99;
    Files.write(webp, b);
    assertThatThrownBy(() -> new StillImageReader().read(webp)).hasMessageContaining("40000x100");
  }
}
