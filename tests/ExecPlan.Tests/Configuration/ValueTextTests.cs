using ExecPlan.Configuration;
using ExecPlan.Diagnostics;

namespace ExecPlan.Tests.Configuration;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData("4194304", 4194304)]
    [InlineData("4MiB", 4 * 1024 * 1024)]
    [InlineData("512KB", 512_000)]
    [InlineData("512 KiB", 512 * 1024)]
    [InlineData("1GB", 1_000_000_000)]
    [InlineData("10B", 10)]
    public void Sizes_parse(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MiB")]
    [InlineData("1.5MiB")]
    [InlineData("+5")]
    [InlineData("9999999999999GiB")]
    public void Bad_sizes_do_not_parse(string text) => Assert.False(ByteSize.TryParse(text, out _));

    [Theory]
    [InlineData("7d", 7 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("30m", 30)]
    public void Ages_parse(string text, int minutes)
    {
        Assert.True(Age.TryParse(text, out var age));
        Assert.Equal(TimeSpan.FromMinutes(minutes), age);
    }

    [Theory]
    [InlineData("d")]
    [InlineData("7")]
    [InlineData("7D")]
    [InlineData("-7d")]
    [InlineData("1.5h")]
    public void Bad_ages_do_not_parse(string text) => Assert.False(Age.TryParse(text, out _));

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("info", Severity.Info)]
    [InlineData("off", Severity.Off)]
    public void Severity_words_round_trip(string text, Severity severity)
    {
        Assert.True(SeverityText.TryParse(text, out var parsed));
        Assert.Equal(severity, parsed);
        Assert.Equal(text, SeverityText.ToText(severity));
    }
}
