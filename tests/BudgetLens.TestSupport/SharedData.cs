using Xunit;

namespace BudgetLens.TestSupport;

/// <summary>
/// Finds the development data in ../shared beside the repository. Where it is missing a test is skipped with a
/// visible message, except under CI=true, where missing data is a failure.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root { get; } = FindShared();

    public static string SeedsDir => Path.Combine(Require(), "seeds");

    public static string GoldDir => Path.Combine(RepoRoot, "tests", "gold", "seeds");

    public static readonly string[] SeedNames =
    [
        "000_bcff9353299cffd0.txt",
        "001_4b29db79fe335f54.txt",
        "002_3d64ad4c49714d91.txt",
        "003_a82d126008b6a810.txt",
        "004_d2ea6fced669bf58.txt",
    ];

    public static string Seed(string name) => Path.Combine(SeedsDir, name);

    /// <summary>The shared folder, or a skip (a failure under CI=true) when it is missing.</summary>
    public static string Require()
    {
        if (Root is not null) return Root;
        const string message = "../shared (the development data) is not beside the repository";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(message + " — under CI=true this is a failure");
        Skip.If(true, message + ": test skipped");
        return "";
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetLens.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (BudgetLens.sln) above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("BUDGETLENS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "seeds")) ? candidate : null;
    }
}
