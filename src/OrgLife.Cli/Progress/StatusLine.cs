namespace OrgLife.Cli.Progress;

/// <summary>One line of stderr rewritten in place with a carriage return, and erased at the end. Not thread safe.</summary>
internal sealed class StatusLine(TextWriter error)
{
    private int shownWidth;

    /// <summary>Replaces the line shown (if any) with <paramref name="line"/>.</summary>
    public void Show(string line)
    {
        error.Write("\r" + line.PadRight(shownWidth));
        error.Flush();
        shownWidth = line.Length;
    }

    /// <summary>Erases the line, if one was shown.</summary>
    public void Erase()
    {
        if (shownWidth > 0)
        {
            error.Write("\r" + new string(' ', shownWidth) + "\r");
            error.Flush();
            shownWidth = 0;
        }
    }
}
