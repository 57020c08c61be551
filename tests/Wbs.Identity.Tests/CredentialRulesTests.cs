namespace Wbs.Identity.Tests;

public sealed class CredentialRulesTests
{
    [Theory]
    [InlineData("budi", true)]
    [InlineData("Budi.Santoso_99", true)]
    [InlineData("a-b.c_d", true)]
    [InlineData("abc", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyz1234567", false)]
    [InlineData("budi santoso", false)]
    [InlineData("budi@mail.id", false)]
    [InlineData("", false)]
    public void Usernames_FollowTheRule(string username, bool valid) =>
        Assert.Equal(valid, Usernames.IsValid(Usernames.Normalize(username)));

    [Theory]
    [InlineData("password123")]
    [InlineData("Bismillah123")]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("indonesia2026")]
    public void PasswordPolicy_CommonPassword_Refused(string password)
    {
        Assert.True(PasswordPolicy.IsCommon(password));
        Assert.Contains("umum", PasswordPolicy.Check(password));
    }

    [Fact]
    public void PasswordPolicy_ShortPassword_Refused() => Assert.NotNull(PasswordPolicy.Check("Ab3$xyz9"));

    [Fact]
    public void PasswordPolicy_LongUncommonPassword_Accepted() => Assert.Null(PasswordPolicy.Check("kopi-tubruk-di-dieng-77"));

    [Fact]
    public void PasswordPolicy_SameAsUsername_Refused()
    {
        Assert.Equal(PasswordPolicy.SameAsUsername, PasswordPolicy.Check("Budi.Santoso", "budi.santoso"));
        Assert.Null(PasswordPolicy.Check("budi.santoso.dieng", "budi.santoso"));
    }

    [Fact]
    public void PasswordPolicy_ChangeToCurrentPassword_Refused()
    {
        Assert.Equal(PasswordPolicy.SameAsCurrent, PasswordPolicy.CheckChange("kopi-tubruk-di-dieng-77", "kopi-tubruk-di-dieng-77"));
        Assert.Contains("umum", PasswordPolicy.CheckChange("password123", "kopi-tubruk-di-dieng-77"));
        Assert.Null(PasswordPolicy.CheckChange("teh-poci-di-tegal-88", "kopi-tubruk-di-dieng-77"));
    }
}
