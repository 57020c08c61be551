using Wbs.Intake.Infrastructure;

namespace Wbs.Intake.Tests;

/// <summary>Which blind-index tokens a title search looks up (pure logic; <see cref="TitleSearchTests"/> searches for real).</summary>
public sealed class TitleIndexTests
{
    private static readonly TitleIndex Index = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void A_query_of_several_words_looks_up_the_pieces_joining_them_and_one_from_the_middle_of_each_word()
    {
        var pieces = new[] { "PSI P", "SI PU", "I PUN", "ORUPS", "UNGUT" }.SelectMany(p => Index.QueryTokens("banjarnegara", p)!).Order();

        Assert.Equal(pieces, Index.QueryTokens("banjarnegara", " Korupsi pungutan "));
        // A word too short for a five-letter piece of its own is in the joins.
        Assert.Equal(new[] { "DANA ", "ANA D", "NA DE", "A DES", " DESA" }.Where(p => p.Trim().Length == 5)
            .SelectMany(p => Index.QueryTokens("banjarnegara", p)!).Order(), Index.QueryTokens("banjarnegara", "dana desa"));
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
}
