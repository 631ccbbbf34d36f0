namespace ExecPlan.Templates;

/// <summary>The renderer's entry point: writes the template content into the folder named by the one argument.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: ExecPlan.Templates <output-folder>");
            return 1;
        }

        TemplateContent.Write(Path.GetFullPath(args[0]));
        return 0;
    }
}
