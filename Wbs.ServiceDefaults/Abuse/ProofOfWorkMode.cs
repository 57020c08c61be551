namespace Wbs.ServiceDefaults.Abuse;

public enum ProofOfWorkMode
{
    /// <summary>Required only while a route family of a tenant (or a username) is under pressure.</summary>
    UnderPressure,
    /// <summary>Required on every anonymous write (tests prove the protocol with it).</summary>
    Always,
    Off,
}
