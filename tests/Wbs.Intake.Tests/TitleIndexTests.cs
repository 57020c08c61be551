using Wbs.Intake.Infrastructure;

namespace Wbs.Intake.Tests;

/// <summary>Which blind-index tokens a title search looks up (pure logic; <see cref="TitleSearchTests"/> searches for real).</summary>
public sealed class TitleIndexTests
{
    private static readonly TitleIndex Index = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void A_query_of_several_words_and_eight_letters_looks_up_only_its_eight_letter_pieces_across_a_space()
    {
        // The windows with a space inside, not at an end: "KORUPSI " and " PUNGUTA" are not joins.
        var joins = new[] { "ORUPSI P", "RUPSI PU", "UPSI PUN", "PSI PUNG", "SI PUNGU", "I PUNGUT" };

        Assert.Equal(Tokens(joins), Index.QueryTokens("banjarnegara", " Korupsi pungutan "));
        Assert.Equal(Tokens(["DANA DES", "ANA DESA"]), Index.QueryTokens("banjarnegara", "dana desa"));
        // Each of them is in a title holding the words side by side, so the look-up misses no match.
        var title = Index.TitleTokens("banjarnegara", "Dugaan korupsi pungutan dana desa");
        Assert.All(Index.QueryTokens("banjarnegara", "korupsi pungutan dana desa")!, token => Assert.Contains(token, title));
    }

    [Fact]
    public void A_shorter_query_of_several_words_looks_up_the_pieces_joining_them_and_one_from_the_middle_of_each_word()
    {
        Assert.Equal(Tokens(["PSI P", "RUPSI"]), Index.QueryTokens("banjarnegara", "Rupsi p"));
        // A word too short for a five-letter piece of its own is in the joins.
        Assert.Equal(Tokens(["NA DE", "A DES"]), Index.QueryTokens("banjarnegara", "na desa"));
    }

    [Fact]
    public void A_query_of_one_word_looks_up_all_its_five_letter_pieces_each_in_every_title_holding_it()
    {
        var title = Index.TitleTokens("banjarnegara", "Dugaan pungutan liar di loket");
        var query = Index.QueryTokens("banjarnegara", "pungutan")!;

        Assert.Equal(4, query.Length);
        Assert.All(query, token => Assert.Contains(token, title));
        Assert.All(Index.QueryTokens("banjarnegara", "pungutan liar")!, token => Assert.Contains(token, title));
    }

    /// <summary>The tokens of the pieces, each asked for alone: such a piece (a join, or five letters of one word) looks up itself only.</summary>
    private static int[] Tokens(string[] pieces) => [.. pieces.SelectMany(p => Index.QueryTokens("banjarnegara", p)!).Distinct().Order()];
}
