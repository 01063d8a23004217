// natural pulls dotenv, which prints a banner on import unless told to be quiet.
process.env.DOTENV_CONFIG_QUIET = 'true';
