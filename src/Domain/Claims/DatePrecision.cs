namespace NewsroomClaims.Domain.Claims;

/// <summary>How much of an approximate date is known: "on 3 March 2025", "in March 2025", "in 2025".</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
