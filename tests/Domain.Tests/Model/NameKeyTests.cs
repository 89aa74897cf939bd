using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Tests.Model;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "zelenskyy")]
    [InlineData("  ZELENSKYY  ", "zelenskyy")]
    [InlineData("Ｚｅｌｅｎｓｋｙｙ", "zelenskyy")]
    [InlineData("Vladimir \t  Putin", "vladimir putin")]
    [InlineData("O’Brien", "o'brien")]
    [InlineData("Володимир Зеленський", "володимир зеленський")]
    public void NamesFoldCaseWidthSpacesAndApostrophes(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankNamesHaveNoKey(string? name) => Assert.Equal("", NameKey.Of(name));
}
