namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\budi\\Desktop\\bukti.pdf", "bukti.pdf")]
    [InlineData("  .hidden  file?.txt ", "hidden file.txt")]
    [InlineData("a\u0000b\u202Ec.jpg", "abc.jpg")]
    [InlineData("", "bukti")]
    [InlineData(null, "bukti")]
    [InlineData("../", "bukti")]
    public void From_UnsafeNames_KeepsBaseName(string? raw, string expected) => Assert.Equal(expected, SafeFileName.From(raw));

    [Fact]
    public void From_LongName_IsTruncatedKeepingExtension()
    {
        var name = SafeFileName.From(new string('x', 500) + ".docx");
        Assert.Equal(SafeFileName.MaxLength, name.Length);
        Assert.EndsWith(".docx", name);
    }
}
