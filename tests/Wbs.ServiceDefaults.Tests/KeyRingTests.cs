using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Security;
using Wbs.TestSupport;

namespace Wbs.ServiceDefaults.Tests;

public sealed class KeyRingTests : IDisposable
{
    private static readonly byte[] Aad = "banjarnegara/record-1/content"u8.ToArray();
    private readonly string _folder = Directory.CreateTempSubdirectory("wbs-keys-").FullName;

    [Fact]
    public void A_value_sealed_before_a_rotation_opens_after_it_and_is_rewrapped_under_the_new_key()
    {
        var (oldKey, newKey) = (TestKeys.NewKey(), TestKeys.NewKey());
        var file = Path.Combine(_folder, "keys-content");
        File.WriteAllText(file, oldKey);
        var cipher = new EnvelopeCipher(KeyRingSource.FromFile(file));
        var sealedBefore = cipher.Seal("isi laporan"u8, Aad);

        File.WriteAllText(file, $"{newKey}\n{oldKey}\n");
        var rewrapped = cipher.Rewrap(sealedBefore);
        File.WriteAllText(file, newKey);

        Assert.Equal("isi laporan"u8.ToArray(), cipher.Open(rewrapped, Aad));
        Assert.Equal(KeyRing.IdOf(Convert.FromBase64String(newKey)), EnvelopeCipher.KeyIdOf(rewrapped));
        Assert.Equal(sealedBefore[EnvelopeCipher.HeaderSize..], rewrapped[EnvelopeCipher.HeaderSize..]);
        Assert.Throws<CryptographicException>(() => cipher.Open(sealedBefore, Aad));
    }

    [Fact]
    public void New_values_are_sealed_under_the_first_key_of_the_ring()
    {
        var (current, older) = (RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var cipher = new EnvelopeCipher(KeyRingSource.Fixed(new KeyRing([current, older])));

        var sealedValue = cipher.Seal("x"u8, Aad);

        Assert.Equal(KeyRing.IdOf(current), EnvelopeCipher.KeyIdOf(sealedValue));
        Assert.Equal("x"u8.ToArray(), new EnvelopeCipher(current).Open(sealedValue, Aad));
    }

    [Fact]
    public void A_ring_of_another_purpose_cannot_open_a_value()
    {
        var content = new EnvelopeCipher(RandomNumberGenerator.GetBytes(32));
        var messages = new EnvelopeCipher(RandomNumberGenerator.GetBytes(32));

        Assert.Throws<CryptographicException>(() => messages.Open(content.Seal("isi"u8, Aad), Aad));
    }

    [Fact]
    public async Task A_process_without_the_key_of_a_purpose_has_no_cipher_for_it_and_does_not_start_when_it_needs_one()
    {
        var holdsMessagesOnly = Host(new() { ["Security:Keys:Messages"] = TestKeys.NewKey() }, KeyPurposes.Messages);
        Assert.NotNull(holdsMessagesOnly.Services.GetKeyedService<EnvelopeCipher>(KeyPurposes.Messages));
        Assert.Null(holdsMessagesOnly.Services.GetKeyedService<EnvelopeCipher>(KeyPurposes.Content));
        Assert.Null(holdsMessagesOnly.Services.GetService<ComplaintCodeDigester>());

        var needsContent = Host(new() { ["Security:Keys:Messages"] = TestKeys.NewKey() }, KeyPurposes.Content);
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => needsContent.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains(KeyPurposes.Content, refused.Message);
    }

    [Fact]
    public void A_ring_file_is_one_base64_key_of_32_bytes_a_line()
    {
        Assert.Throws<FormatException>(() => KeyRing.Parse(""));
        Assert.Throws<FormatException>(() => KeyRing.Parse(Convert.ToBase64String(new byte[16])));
        Assert.Equal(2, KeyRing.Parse($"{TestKeys.NewKey()}\n{TestKeys.NewKey()}\n").Ids.Count);
    }

    private static IHost Host(Dictionary<string, string?> settings, params string[] purposes)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddWbsSecurity(purposes);
        return builder.Build();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
