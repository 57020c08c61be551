using MetadataExtractor.Formats.Exif;
using MetadataExtractor.IO;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Says in reporter's terms what an EXIF block that is being dropped held (GPS location, camera
/// model, serial number…), read with MetadataExtractor. Only the description depends on it: the
/// block goes whatever it holds.
/// </summary>
internal static class ExifInspector
{
    private const int Make = 0x010F, Model = 0x0110, Software = 0x0131, Artist = 0x013B, DateTimeOriginal = 0x9003,
        OwnerName = 0xA430, BodySerial = 0xA431, LensSerial = 0xA435, MakerNote = 0x927C;

    /// <param name="tiff">The TIFF structure (after the <c>Exif\0\0</c> preamble in JPEG).</param>
    public static void Describe(byte[] tiff, int offset, ISet<string> removed)
    {
        removed.Add(MetadataLabels.Exif);
        try
        {
            foreach (var directory in new ExifReader().Extract(new ByteArrayReader(tiff, offset)))
            {
                switch (directory)
                {
                    case GpsDirectory gps when gps.TagCount > 0: removed.Add(MetadataLabels.Gps); break;
                    case ExifThumbnailDirectory: removed.Add(MetadataLabels.Thumbnail); break;
                }
                if (directory.ContainsTag(Make) || directory.ContainsTag(Model) || directory.ContainsTag(MakerNote)) removed.Add(MetadataLabels.CameraModel);
                if (directory.ContainsTag(BodySerial) || directory.ContainsTag(LensSerial)) removed.Add(MetadataLabels.CameraSerial);
                if (directory.ContainsTag(Artist) || directory.ContainsTag(OwnerName)) removed.Add(MetadataLabels.Creator);
                if (directory.ContainsTag(Software)) removed.Add(MetadataLabels.Software);
                if (directory.ContainsTag(DateTimeOriginal)) removed.Add(MetadataLabels.CaptureTime);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or IOException or InvalidOperationException)
        {
            // A malformed block is dropped all the same; "EXIF data" is all that can be said of it.
        }
    }
}
