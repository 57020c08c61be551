[assembly: AssemblyFixture(typeof(Wbs.TestSupport.InfrastructureFixture))]
